using System.Globalization;
using Devon.Send.Portal.Web.Audit;
using Microsoft.EntityFrameworkCore;

namespace Devon.Send.Portal.Web.Reports;

public enum ImportPhase
{
    Waiting,
    Checking,
    Saving,
    Finished,
}

/// <summary>How far an import has got: rows checked, then cases saved out of those to save.</summary>
public sealed record ImportProgress(ImportPhase Phase, int RowsChecked, int CasesSaved, int CasesToSave);

/// <summary>What an import did: cases added and updated, or the problems that stopped it (then nothing was imported).</summary>
public sealed record ImportOutcome(int Added, int Updated, IReadOnlyList<ImportProblem> Problems, int ProblemCount)
{
    public bool Imported => ProblemCount == 0;
}

/// <summary>
/// Imports case history from the council's previous system (see <see cref="CaseHistoryFile"/>). All or nothing:
/// a file with any problem imports nothing. Cases are matched by case reference, so importing a file again updates
/// them. The portal's own cases are never changed by an import. Used by the upload page and the
/// <c>import-assessments</c> command.
/// </summary>
public sealed class CaseHistoryImport(PortalDbContext db, AuditLog audit, TimeProvider clock)
{
    private const int BatchSize = 2000;

    /// <summary>Imports a file as it was uploaded or given: refused, naming the line, unless it is UTF-8 throughout.</summary>
    public async Task<ImportOutcome> ImportAsync(Stream file, PortalUser? actor, string via, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (await Utf8Text.FirstInvalidLineAsync(file, cancellationToken) is { } line)
        {
            await audit.RecordForAsync(AuditKind.CaseHistoryRefused, $"Line {line} of the file is not UTF-8 text; nothing imported ({via})", actor, cancellationToken: cancellationToken);
            return new ImportOutcome(0, 0, [new ImportProblem(line, Utf8Text.NotUtf8("UTF-8 (CSV UTF-8 in Excel)"))], 1);
        }

        file.Seek(0, SeekOrigin.Begin);
        using var reader = new StreamReader(file, Utf8Text.Strict, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return await ImportAsync(reader, actor, via, progress, cancellationToken);
    }

    public async Task<ImportOutcome> ImportAsync(TextReader file, PortalUser? actor, string via, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var checkedFile = CaseHistoryFile.Read(file, clock.UkToday(), n => progress?.Report(new(ImportPhase.Checking, n, 0, 0)));
        var existing = checkedFile.IsValid ? await ExistingCasesAsync(checkedFile, cancellationToken) : [];
        if (checkedFile.IsValid)
        {
            foreach (var row in checkedFile.Rows.Where(r => existing.TryGetValue(r.CaseReference, out var c) && !c.Imported))
            {
                checkedFile.Add(row.Line, $"Case reference {row.CaseReference} belongs to a case managed in the portal; an import cannot change it");
            }
        }

        if (!checkedFile.IsValid)
        {
            await audit.RecordForAsync(AuditKind.CaseHistoryRefused,
                $"{Count(checkedFile.ProblemCount, "problem")} found in a file of {Count(checkedFile.RowsRead, "row")}; nothing imported ({via})",
                actor, cancellationToken: cancellationToken);
            return new ImportOutcome(0, 0, checkedFile.Problems, checkedFile.ProblemCount);
        }

        var rows = checkedFile.Rows;
        var now = clock.GetUtcNow();
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            try
            {
                for (var start = 0; start < rows.Count; start += BatchSize)
                {
                    await SaveBatchAsync(rows.Skip(start).Take(BatchSize).ToList(), existing, now, cancellationToken);
                    progress?.Report(new(ImportPhase.Saving, rows.Count, Math.Min(start + BatchSize, rows.Count), rows.Count));
                }

                await transaction.CommitAsync(cancellationToken);
            }
            finally
            {
                db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
                db.ChangeTracker.Clear();
            }
        });

        var updated = rows.Count(r => existing.ContainsKey(r.CaseReference));
        var outcome = new ImportOutcome(rows.Count - updated, updated, [], 0);
        await audit.RecordForAsync(AuditKind.CaseHistoryImported,
            $"{Count(rows.Count, "case")} imported: {outcome.Added.ToString("N0", Uk)} new, {outcome.Updated.ToString("N0", Uk)} updated ({via})", actor, cancellationToken: cancellationToken);
        return outcome;
    }

    private sealed record ExistingCase(Guid Id, bool Imported);

    private async Task<Dictionary<string, ExistingCase>> ExistingCasesAsync(CaseHistoryFile.Result file, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, ExistingCase>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in file.Rows.Select(r => r.CaseReference).Chunk(BatchSize))
        {
            var cases = await db.AssessmentCases.AsNoTracking()
                .Where(c => chunk.Contains(c.CaseReference))
                .Select(c => new { c.CaseReference, c.Id, c.ImportedAt })
                .ToListAsync(cancellationToken);
            foreach (var c in cases)
            {
                found[c.CaseReference] = new ExistingCase(c.Id, c.ImportedAt != null);
            }
        }

        return found;
    }

    private async Task SaveBatchAsync(List<CaseHistoryRow> batch, Dictionary<string, ExistingCase> existing, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var updatedIds = batch.Where(r => existing.ContainsKey(r.CaseReference)).Select(r => existing[r.CaseReference].Id).ToList();
        if (updatedIds.Count > 0)
        {
            await db.TimescaleExceptions
                .Where(e => updatedIds.Contains(e.AssessmentCaseId) && e.LegalBasis == TimescaleExceptionBasis.RecordedInPreviousSystem)
                .ExecuteDeleteAsync(cancellationToken);
        }

        foreach (var row in batch)
        {
            var known = existing.TryGetValue(row.CaseReference, out var c);
            var assessmentCase = new AssessmentCase
            {
                Id = known ? c!.Id : Guid.NewGuid(),
                CaseReference = row.CaseReference,
                RequestReceivedOn = row.RequestReceived,
                DecisionToAssessOn = row.Decision == AssessmentDecision.Assess ? row.DecisionDate : null,
                RefusedOn = row.Decision == AssessmentDecision.Refuse ? row.DecisionDate : null,
                FinalPlanIssuedOn = row.FinalPlanIssued,
                ClosedOn = row.Closed,
                ClosureReason = row.ClosureReason,
                ImportedAt = now,
            };
            db.Entry(assessmentCase).State = known ? EntityState.Modified : EntityState.Added;
            if (row.TimescaleException)
            {
                db.TimescaleExceptions.Add(new TimescaleException
                {
                    AssessmentCaseId = assessmentCase.Id,
                    LegalBasis = TimescaleExceptionBasis.RecordedInPreviousSystem,
                    RecordedAt = now,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    private static string Count(int count, string noun) => $"{count.ToString("N0", Uk)} {noun}{(count == 1 ? "" : "s")}";
}
