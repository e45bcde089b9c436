using BenchmarkDotNet.Running;

namespace Devon.Send.Portal.Benchmarks;

// dotnet run -c Release --project tests/Devon.Send.Portal.Benchmarks -- --filter '*'
public static class Benchmarks
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Benchmarks).Assembly).Run(args);
}
