using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Devon.Send.Portal.Web.Reports;

/// <summary>An upload of case history being imported in the background, so a large file shows its progress.</summary>
public sealed class CaseImportJob(string ownerUserId, string fileName, DateTimeOffset startedAt)
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Guid Id { get; } = Guid.NewGuid();
    public string OwnerUserId { get; } = ownerUserId;
    public string FileName { get; } = fileName;
    public DateTimeOffset StartedAt { get; } = startedAt;
    public ImportProgress Progress { get; internal set; } = new(ImportPhase.Waiting, 0, 0, 0);
    public ImportOutcome? Outcome { get; private set; }

    /// <summary>The import stopped on something other than a problem in the file (the database, say); nothing was imported.</summary>
    public bool Failed { get; private set; }

    public Task Completion => _done.Task;

    internal void Finish(ImportOutcome? outcome)
    {
        Outcome = outcome;
        Failed = outcome is null;
        Progress = Progress with { Phase = ImportPhase.Finished };
        _done.TrySetResult();
    }
}

/// <summary>
/// Runs uploaded imports one at a time in the background and remembers them for an hour, for the status page.
/// The uploaded file waits in a temporary file that is deleted once the import has run.
/// </summary>
public sealed class CaseImportJobs(IServiceScopeFactory scopes, TimeProvider clock, ILogger<CaseImportJobs> logger) : BackgroundService
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);
    private readonly Channel<(CaseImportJob Job, string Path)> _queue = Channel.CreateUnbounded<(CaseImportJob, string)>(new() { SingleReader = true });
    private readonly ConcurrentDictionary<Guid, CaseImportJob> _jobs = new();

    public CaseImportJob Enqueue(string ownerUserId, string fileName, string path)
    {
        foreach (var old in _jobs.Values.Where(j => j.Completion.IsCompleted && clock.GetUtcNow() - j.StartedAt > KeptFor))
        {
            _jobs.TryRemove(old.Id, out _);
        }

        var job = new CaseImportJob(ownerUserId, fileName, clock.GetUtcNow());
        _jobs[job.Id] = job;
        if (!_queue.Writer.TryWrite((job, path)))
        {
            throw new InvalidOperationException("The import queue is closed: the portal is stopping.");
        }

        return job;
    }

    /// <summary>The job, if it exists and this person started it.</summary>
    public CaseImportJob? Find(Guid id, string? userId) =>
        _jobs.TryGetValue(id, out var job) && job.OwnerUserId == userId ? job : null;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (job, path) in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            ImportOutcome? outcome = null;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var services = scope.ServiceProvider;
                var actor = await services.GetRequiredService<PortalDbContext>().Users.FindAsync([job.OwnerUserId], stoppingToken);
                await using var file = File.OpenRead(path);
                outcome = await services.GetRequiredService<CaseHistoryImport>()
                    .ImportAsync(file, actor, "uploaded", new Progress(job), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Case history import {JobId} failed", job.Id);
            }
            finally
            {
                job.Finish(outcome);
                File.Delete(path);
            }
        }
    }

    private sealed class Progress(CaseImportJob job) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => job.Progress = value;
    }
}
