using BenchmarkDotNet.Running;

namespace Devon.Send.Portal.Benchmarks;

// dotnet run -c Release --project tests/Devon.Send.Portal.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/Devon.Send.Portal.Benchmarks -- live-updates [--redis]
public static class Benchmarks
{
    public static async Task<int> Main(string[] args)
    {
        if (args.FirstOrDefault() == "live-updates")
        {
            return await LiveUpdateLoad.RunAsync(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Benchmarks).Assembly).Run(args);
        return 0;
    }
}
