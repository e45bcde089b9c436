using System.Text;
using Devon.Send.Portal.Web.Attachments;
using Devon.Send.Portal.Web.Data;
using Devon.Send.Portal.Web.Demo;
using Devon.Send.Portal.Web.Domain;
using Devon.Send.Portal.Web.Plans;
using Devon.Send.Portal.Web.Records;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.Records;

/// <summary>
/// The retention purge on a real SQLite database: Mia is made exactly 35 years old today (due) and given a row in
/// every table the portal keeps about a child, Isla one day short of it. A dry run, then the purge, then a second one.
/// </summary>
public sealed class RecordRetentionTests(RecordRetentionTests.Purged purged) : IClassFixture<RecordRetentionTests.Purged>
{
    public sealed class Purged : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();
        public Guid Mia { get; private set; }
        public Guid Isla { get; private set; }

        /// <summary>Every id of Mia's record: the child, her case, plan, versions, advice requests and invitations.</summary>
        public IReadOnlyList<Guid> MiaIds { get; private set; } = [];

        public string MiaFile { get; private set; } = "";
        public string IslaFile { get; private set; } = "";
        public IReadOnlyDictionary<string, long> RowsBeforeDryRun { get; private set; } = new Dictionary<string, long>();
        public IReadOnlyDictionary<string, long> RowsAfterDryRun { get; private set; } = new Dictionary<string, long>();
        public IReadOnlyDictionary<string, long> IslaRowsBefore { get; private set; } = new Dictionary<string, long>();
        public IReadOnlyList<string> TriggersBefore { get; private set; } = [];
        public string DryRunOutput { get; private set; } = "";
        public string PurgeOutput { get; private set; } = "";
        public string SecondOutput { get; private set; } = "";
        public int PurgeExit { get; private set; } = -1;
        public int SecondExit { get; private set; } = -1;

        public async Task InitializeAsync()
        {
            Mia = await Factory.ChildIdAsync("Mia");
            Isla = await Factory.ChildIdAsync("Isla");
            var today = new DateOnly(2026, 11, 22);
            await using (var scope = Factory.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                await db.Children.Where(c => c.Id == Mia).ExecuteUpdateAsync(s => s.SetProperty(c => c.DateOfBirth, today.AddYears(-35)));
                await db.Children.Where(c => c.Id == Isla).ExecuteUpdateAsync(s => s.SetProperty(c => c.DateOfBirth, today.AddYears(-35).AddDays(1)));
                MiaFile = await AddEverythingAsync(scope.ServiceProvider, Mia);
                IslaFile = await AddEverythingAsync(scope.ServiceProvider, Isla);
                await AddTablesThePurgeDoesNotKnowAsync(db);
                MiaIds = await IdsOfAsync(db, Mia);
                IslaRowsBefore = await RowsMentioningAsync(db, await IdsOfAsync(db, Isla));
                TriggersBefore = await AppendOnlyGuards.InPlaceAsync(db);
                RowsBeforeDryRun = await RowCountsAsync(db);
            }

            DryRunOutput = (await RunAsync(dryRun: true)).Output;
            await using (var scope = Factory.Services.CreateAsyncScope())
            {
                RowsAfterDryRun = await RowCountsAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
            }

            (PurgeExit, PurgeOutput) = await RunAsync(dryRun: false);
            (SecondExit, SecondOutput) = await RunAsync(dryRun: false);
        }

        /// <summary>
        /// Tables added after the purge was written (annual reviews, say), hanging off the case and the child with
        /// cascade deletes as the convention is, each with a row for Mia and one for Isla.
        /// </summary>
        private async Task AddTablesThePurgeDoesNotKnowAsync(PortalDbContext db)
        {
            await db.Database.ExecuteSqlRawAsync("""
                CREATE TABLE LaterReviews (Id INTEGER PRIMARY KEY, AssessmentCaseId TEXT NOT NULL REFERENCES AssessmentCases (Id) ON DELETE CASCADE, Notes TEXT NOT NULL);
                CREATE TABLE LaterChildNotes (Id INTEGER PRIMARY KEY, ChildId TEXT NOT NULL REFERENCES Children (Id) ON DELETE CASCADE, Notes TEXT NOT NULL);
                """);
            foreach (var child in new[] { Mia, Isla })
            {
                await db.Database.ExecuteSqlRawAsync(
                    "INSERT INTO LaterReviews (AssessmentCaseId, Notes) SELECT Id, 'review' FROM AssessmentCases WHERE ChildId = {0};" +
                    "INSERT INTO LaterChildNotes (ChildId, Notes) SELECT Id, 'note' FROM Children WHERE Id = {0};", child);
            }
        }

        private async Task<(int Exit, string Output)> RunAsync(bool dryRun)
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            var output = new StringWriter();
            var exit = await scope.ServiceProvider.GetRequiredService<RecordRetention>().RunAsync(dryRun, output);
            return (exit, output.ToString());
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();

        /// <summary>A row in each table the demo data leaves empty for this child, and an attachment file; returns the file's key.</summary>
        private static async Task<string> AddEverythingAsync(IServiceProvider services, Guid childId)
        {
            var db = services.GetRequiredService<PortalDbContext>();
            var now = PortalFactory.Today;
            var parent = await db.FamilyLinks.Where(f => f.ChildId == childId).Select(f => f.UserId).FirstAsync();
            var caseworker = await db.Users.Where(u => u.Email == DemoData.Caseworker.Email).Select(u => u.Id).SingleAsync();
            var assessment = await db.AssessmentCases.SingleAsync(c => c.ChildId == childId);
            var advice = await db.AdviceRequests.Where(a => a.AssessmentCaseId == assessment.Id).OrderBy(a => a.Type).FirstAsync();
            var key = await services.GetRequiredService<IAttachmentStore>().SaveAsync(new MemoryStream(Encoding.UTF8.GetBytes("%PDF-1.4 report")));
            db.AdviceSections.Add(new AdviceSection { AdviceRequestId = advice.Id, SectionCode = "K", Text = "Advice kept with the record." });
            db.AdviceAttachments.Add(new AdviceAttachment
            {
                AdviceRequestId = advice.Id, FileName = "report.pdf", ContentType = "application/pdf", Length = 15, Sha256 = new string('a', 64),
                StorageKey = key, UploadedById = caseworker, UploadedAt = now,
            });
            db.AssessmentRequests.Add(new AssessmentRequest { AuthorId = parent, ChildId = childId, AssessmentCaseId = assessment.Id, ChildGivenName = "Given", Needs = "Needs", StartedAt = now, UpdatedAt = now });
            db.CaseDecisions.Add(new CaseDecision { AssessmentCaseId = assessment.Id, ToAssess = true, DecidedOn = new DateOnly(2026, 6, 1), Reasons = "Reasons", DecidedById = caseworker, RecordedAt = now });
            db.TimescaleExceptions.Add(new TimescaleException { AssessmentCaseId = assessment.Id, LegalBasis = TimescaleExceptionBasis.ExceptionalPersonalCircumstances, RecordedAt = now });
            db.Notifications.Add(new Notification { UserId = parent, ChildId = childId, Message = "Something happened", Link = $"/children/{childId}/case", CreatedAt = now });
            db.AccountInvitations.Add(new AccountInvitation { CodeHash = Guid.NewGuid().ToString("N"), Email = "family@example.com", Role = PortalRoles.Parent, ChildId = childId, Relationship = "Aunt", CreatedById = caseworker, CreatedAt = now, ExpiresAt = now.AddDays(14) });
            db.AuditEvents.Add(new AuditEvent { At = now, Kind = AuditKind.RecordViewed, ActorUserId = caseworker, ActorName = "Priya Shah", ChildId = childId, Detail = "/Children/Case" });
            if (await db.Plans.Where(p => p.ChildId == childId).Select(p => (Guid?)p.Id).SingleOrDefaultAsync() is { } planId)
            {
                db.SectionDrafts.Add(new SectionDraft { PlanId = planId, SectionCode = "A", UserId = parent, Content = "{}", SavedAt = now });
                db.PlanReaders.Add(new PlanReader { PlanId = planId, UserId = parent, LastSeenAt = now });
                var draft = await db.PlanVersions.Where(v => v.PlanId == planId).OrderBy(v => v.Number).Select(v => v.Id).FirstAsync();
                db.DraftComments.Add(new DraftComment { VersionId = draft, SectionCode = "B", Text = "A comment", AuthorId = parent, AuthorName = "Parent", AuthorRole = PortalRoles.Parent, CreatedAt = now });
                db.DraftResponses.Add(new DraftResponse
                {
                    VersionId = draft, Number = 99, Changes = "{}", PreferredSettingName = "A school", PreferredSettingType = "Mainstream", AuthorId = parent,
                    AuthorName = "Parent", AuthorRole = PortalRoles.Parent, SubmittedAt = now, DueOn = new DateOnly(2026, 12, 1),
                });
            }

            await db.SaveChangesAsync();
            return key;
        }

        public static async Task<IReadOnlyList<Guid>> IdsOfAsync(PortalDbContext db, Guid childId)
        {
            var cases = await db.AssessmentCases.Where(c => c.ChildId == childId).Select(c => c.Id).ToListAsync();
            var plans = await db.Plans.Where(p => p.ChildId == childId).Select(p => p.Id).ToListAsync();
            return
            [
                childId, .. cases, .. plans,
                .. await db.PlanVersions.Where(v => plans.Contains(v.PlanId)).Select(v => v.Id).ToListAsync(),
                .. await db.AdviceRequests.Where(a => cases.Contains(a.AssessmentCaseId)).Select(a => a.Id).ToListAsync(),
                .. await db.ProfessionalInvitations.Where(i => i.ChildId == childId).Select(i => i.Id).ToListAsync(),
            ];
        }
    }

    private static async Task<List<string>> TablesAsync(SqliteConnection connection)
    {
        var tables = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsHistory' ORDER BY name";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private static async Task<SqliteConnection> OpenAsync(PortalDbContext db)
    {
        var connection = new SqliteConnection(db.Database.GetConnectionString());
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<IReadOnlyDictionary<string, long>> RowCountsAsync(PortalDbContext db)
    {
        await using var connection = await OpenAsync(db);
        var counts = new Dictionary<string, long>();
        foreach (var table in await TablesAsync(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = (long)(await command.ExecuteScalarAsync())!;
        }

        return counts;
    }

    /// <summary>For each table, how many rows have any of the ids anywhere in any column (as a key, in a link, in JSON).</summary>
    private static async Task<IReadOnlyDictionary<string, long>> RowsMentioningAsync(PortalDbContext db, IReadOnlyList<Guid> ids)
    {
        await using var connection = await OpenAsync(db);
        var counts = new Dictionary<string, long>();
        foreach (var table in await TablesAsync(connection))
        {
            var columns = new List<string>();
            await using (var info = connection.CreateCommand())
            {
                info.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
                await using var reader = await info.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    columns.Add(reader.GetString(0));
                }
            }

            await using var command = connection.CreateCommand();
            var conditions = new List<string>();
            for (var i = 0; i < ids.Count; i++)
            {
                command.Parameters.AddWithValue($"$id{i}", $"%{ids[i]}%");
                conditions.AddRange(columns.Select(c => $"CAST(\"{c}\" AS TEXT) LIKE $id{i}"));
            }

            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE {string.Join(" OR ", conditions)}";
            counts[table] = (long)(await command.ExecuteScalarAsync())!;
        }

        return counts;
    }

    private async Task<T> QueryAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        await using var scope = purged.Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    [Fact]
    public async Task Purge_ChildPastTheLimit_IsGoneFromEveryTable()
    {
        Assert.Equal(0, purged.PurgeExit);
        var left = await QueryAsync(db => RowsMentioningAsync(db, purged.MiaIds));

        Assert.All(left, table => Assert.True(table.Value == 0, $"{table.Key} still has {table.Value} rows of the destroyed record"));
        Assert.True(purged.MiaIds.Count > 5);
    }

    [Fact]
    public async Task Purge_RowsOfATableItDoesNotKnow_GoByTheCascadeFromTheCaseAndTheChild()
    {
        var left = await QueryAsync(db => RowCountsAsync(db));

        Assert.Equal(2, purged.RowsBeforeDryRun["LaterReviews"]);
        Assert.Equal(1, left["LaterReviews"]);
        Assert.Equal(2, purged.RowsBeforeDryRun["LaterChildNotes"]);
        Assert.Equal(1, left["LaterChildNotes"]);
    }

    [Fact]
    public async Task Purge_ChildPastTheLimit_ItsAttachmentFilesAreGone()
    {
        await using var scope = purged.Factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IAttachmentStore>();

        Assert.Null(await store.OpenAsync(purged.MiaFile));
        await using var kept = await store.OpenAsync(purged.IslaFile);
        Assert.NotNull(kept);
    }

    [Fact]
    public async Task Purge_LeavesOneTombstoneWithTheRuleAndCountsAndNoPersonalData()
    {
        var tombstones = await QueryAsync(db => db.AuditEvents.Where(e => e.Kind == AuditKind.RecordDestroyed).ToListAsync());

        var tombstone = Assert.Single(tombstones);
        Assert.Null(tombstone.ChildId);
        Assert.Null(tombstone.ActorUserId);
        Assert.StartsWith($"Record {RecordRetention.ReferenceOf(purged.Mia)} destroyed on 2026-11-22, 35 years after date of birth:", tombstone.Detail, StringComparison.Ordinal);
        Assert.Contains("SectionRevisions", tombstone.Detail, StringComparison.Ordinal);
        Assert.Contains("Children 1", tombstone.Detail, StringComparison.Ordinal);
        foreach (var personal in new[] { "Mia", "Hughes", "1991", purged.Mia.ToString() })
        {
            Assert.DoesNotContain(personal, tombstone.Detail, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Purge_ChildOneDayShort_IsUntouched()
    {
        var rows = await QueryAsync(async db => await RowsMentioningAsync(db, await Purged.IdsOfAsync(db, purged.Isla)));

        Assert.Equal(purged.IslaRowsBefore, rows);
        Assert.True(rows["Children"] == 1 && rows["SectionRevisions"] == 0 && rows["AdviceAttachments"] == 1 && rows["AuditEvents"] >= 1);
    }

    [Fact]
    public async Task Purge_PutsEveryAppendOnlyTriggerBack_AndTheyStillRefuse()
    {
        await using var scope = purged.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();

        Assert.Equal(14, purged.TriggersBefore.Count);
        Assert.Contains("AuditEvents.AuditEvents_NoDelete", purged.TriggersBefore);
        Assert.Equal(purged.TriggersBefore, await AppendOnlyGuards.InPlaceAsync(db));
        await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM AuditEvents"));
        await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("UPDATE SectionRevisions SET Reason = 'x'"));
    }

    [Fact]
    public async Task Purge_EveryOtherPlanStillVerifies()
    {
        await using var scope = purged.Factory.Services.CreateAsyncScope();
        var output = new StringWriter();

        var exit = await scope.ServiceProvider.GetRequiredService<PlanVerification>().RunAsync(output);

        Assert.True(exit == 0, output.ToString());
        Assert.StartsWith("All 3 plans are intact", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void DryRun_SaysWhatWouldGo_AndChangesNothing()
    {
        Assert.Contains($"Would destroy record {RecordRetention.ReferenceOf(purged.Mia)}:", purged.DryRunOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(RecordRetention.ReferenceOf(purged.Isla), purged.DryRunOutput, StringComparison.Ordinal);
        Assert.Contains("Dry run: 1 record would be destroyed (35 years after date of birth, on or before 22 November 2026)", purged.DryRunOutput, StringComparison.Ordinal);
        Assert.Contains("and 1 attachment files. Nothing was deleted.", purged.DryRunOutput, StringComparison.Ordinal);
        Assert.Equal(purged.RowsBeforeDryRun, purged.RowsAfterDryRun);
    }

    [Fact]
    public void Purge_CountsWhatWent_AndASecondRunFindsNothingToDo()
    {
        Assert.Contains($"Destroyed record {RecordRetention.ReferenceOf(purged.Mia)}:", purged.PurgeOutput, StringComparison.Ordinal);
        Assert.Contains("Destroyed 1 record", purged.PurgeOutput, StringComparison.Ordinal);
        Assert.Equal(0, purged.SecondExit);
        Assert.Equal("No records are due to be destroyed (35 years after date of birth, on or before 22 November 2026).", purged.SecondOutput.Trim());
    }

    // The command runs on the machine's own clock, a day or more after the suite's: Isla, one day short on the suite's
    // day, is due by then, so a dry run names her record and must still leave it.
    [Fact]
    public async Task Command_DryRun_NamesTheRecordsDue_ExitsZero_AndDeletesNothing()
    {
        var connection = await QueryAsync(db => Task.FromResult(db.Database.GetConnectionString()!));

        var run = await PortalCommand.RunAsync(connection, "purge-expired-records", "--dry-run");

        Assert.True(run.ExitCode == 0, run.Output + run.Errors);
        Assert.Contains($"Would destroy record {RecordRetention.ReferenceOf(purged.Isla)}:", run.Output, StringComparison.Ordinal);
        Assert.Contains("Nothing was deleted.", run.Output, StringComparison.Ordinal);
        Assert.True(await QueryAsync(db => db.Children.AnyAsync(c => c.Id == purged.Isla)));
    }

    [Theory]
    [InlineData("24")]
    [InlineData("101")]
    public async Task Command_RetentionOutsideTheLawfulRange_IsRefusedNamingTheSetting(string years)
    {
        var connection = await QueryAsync(db => Task.FromResult(db.Database.GetConnectionString()!));

        var run = await PortalCommand.RunAsync(connection, new Dictionary<string, string> { ["Retention__YearsAfterDateOfBirth"] = years }, "purge-expired-records", "--dry-run");

        // The production settings check stops it before anything runs, naming the setting and the lawful range.
        Assert.Equal(78, run.ExitCode);
        Assert.Contains("Retention:YearsAfterDateOfBirth", run.Errors, StringComparison.Ordinal);
        Assert.Contains("a whole number of years from 25 to 100", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Errors, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }
}
