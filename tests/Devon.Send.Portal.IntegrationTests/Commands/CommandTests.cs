using Microsoft.Data.Sqlite;

namespace Devon.Send.Portal.IntegrationTests.Commands;

/// <summary>
/// The command verbs, run for real: the built web app as a child process, configured only by environment variables
/// (as a council's scheduled job would be), against a SQLite file that does not exist until the command makes it.
/// </summary>
public sealed class CommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "portal-commands-" + Guid.NewGuid().ToString("N"));

    public CommandTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task Check_local_offer_passes_the_repositorys_own_content()
    {
        var check = await PortalCommand.RunAsync($"Data Source={Path.Combine(_folder, "unused.db")}", "check-local-offer", LocalOfferFolder());

        Assert.Equal(0, check.ExitCode);
        Assert.Equal("", check.Errors);
        Assert.Matches(@"^\d+ files checked in .+: \d+ pages can be published, 0 problems\.\n$", check.Output);
    }

    [Fact]
    public async Task Check_local_offer_lists_every_problem_with_its_file_and_line_and_fails()
    {
        var content = Path.Combine(_folder, "content");
        Directory.CreateDirectory(content);
        File.Copy(Path.Combine(LocalOfferFolder(), "mediation.md"), Path.Combine(content, "mediation.md"));
        await File.WriteAllTextAsync(Path.Combine(content, "clubs.md"), "---\ntitle: Clubs: what is on\n---\n\nText\n");
        await File.WriteAllTextAsync(Path.Combine(content, "football.md"),
            "---\ntitle: Football\nsummary: Clubs.\ncategory: Sport\naudience: [parents]\nage_range: 5-18\nareas: [all]\nowner: Someone\nlast_reviewed: 2026-01-01\n---\n\nText\n");

        var check = await PortalCommand.RunAsync($"Data Source={Path.Combine(_folder, "unused.db")}", "check-local-offer", content);

        Assert.Equal(1, check.ExitCode);
        var problems = check.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("clubs.md:2: The front matter is not valid YAML", problems[0], StringComparison.Ordinal);
        Assert.StartsWith("football.md:4: Unknown category 'Sport'", problems[1], StringComparison.Ordinal);
        Assert.Contains(problems, p => p.StartsWith("mediation.md:28: The link to /local-offer/appealing-to-the-send-tribunal leads to no Local Offer page", StringComparison.Ordinal));
        Assert.Contains("3 files checked", check.Output, StringComparison.Ordinal);
        Assert.Contains("1 page can be published", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_local_offer_on_a_new_database_has_nothing_to_write()
    {
        var export = await PortalCommand.RunAsync($"Data Source={Path.Combine(_folder, "export.db")}", "export-local-offer", Path.Combine(_folder, "exported"));

        Assert.Equal(0, export.ExitCode);
        Assert.StartsWith("Nothing to export", export.Output, StringComparison.Ordinal);
    }

    private static string LocalOfferFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder!.FullName, "Devon.Send.Portal.sln")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder.FullName, "content", "local-offer");
    }

    [Fact]
    public async Task Report_timeliness_after_importing_the_sample_prints_exactly_the_councils_figures()
    {
        var import = await RunAsync("import-assessments", Fixtures.SampleCases);
        var report = await RunAsync("report", "timeliness", "--from", "2024-01", "--to", "2024-05");

        Assert.Equal((0, "Imported 1,382 cases from assessments-sample.csv: 1,382 new, 0 updated.\n"), (import.ExitCode, import.Output));
        Assert.Equal(0, report.ExitCode);
        Assert.Equal(await File.ReadAllTextAsync(Fixtures.SampleFigures), report.Output);
    }

    [Fact]
    public async Task Importing_the_same_file_again_updates_the_cases_instead_of_duplicating_them()
    {
        await RunAsync("import-assessments", Fixtures.SampleCases);

        var again = await RunAsync("import-assessments", Fixtures.SampleCases);
        var report = await RunAsync("report", "timeliness", "--from=2024-01", "--to=2024-05");

        Assert.Equal("Imported 1,382 cases from assessments-sample.csv: 0 new, 1,382 updated.\n", again.Output);
        Assert.Equal(await File.ReadAllTextAsync(Fixtures.SampleFigures), report.Output);
    }

    [Fact]
    public async Task A_file_with_problems_imports_nothing_and_lists_every_problem_with_its_line_on_standard_error()
    {
        var file = Path.Combine(_folder, "history.csv");
        await File.WriteAllLinesAsync(file,
        [
            "case_reference,request_received,decision,decision_date,final_plan_issued,closed_date,closed_reason,timescale_exception",
            "DCC-1,2024-01-03,assess,2024-02-03,2024-05-07,,,false",
            "DCC-2,2024-02-30,assess,2024-03-03,,,,false",
            "DCC-3,2024-01-03,approve,2024-02-03,,,,false",
            "DCC-1,2024-01-04,pending,,,,,false",
        ]);

        var import = await RunAsync("import-assessments", file);
        var report = await RunAsync("report", "timeliness", "--from", "2024-05", "--to", "2024-05");

        Assert.Equal(1, import.ExitCode);
        Assert.Equal("", import.Output);
        Assert.Contains("Line 3: request_received '2024-02-30' is not a real date in the form YYYY-MM-DD", import.Errors, StringComparison.Ordinal);
        Assert.Contains("Line 4: decision 'approve' must be assess, refuse or pending", import.Errors, StringComparison.Ordinal);
        Assert.Contains("Line 5: Case reference DCC-1 is also on line 2", import.Errors, StringComparison.Ordinal);
        Assert.Contains("history.csv has 3 problems: nothing was imported.", import.Errors, StringComparison.Ordinal);
        Assert.Equal("2024-05,0,0,0,0,0,0", report.Output.Split("\r\n")[1]);
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_imports_nothing_and_names_the_first_line_that_is_not()
    {
        var file = Path.Combine(_folder, "latin1.csv");
        // "Zoë" as Windows-1252 or Latin-1 would save it: ë is the single byte 0xEB, which is not UTF-8.
        await File.WriteAllBytesAsync(file,
        [
            .. "case_reference,request_received,decision,decision_date,final_plan_issued,closed_date,closed_reason,timescale_exception\r\n"u8,
            .. "DCC-1,2024-01-03,assess,2024-02-03,2024-05-07,,,false\r\n"u8,
            .. "DCC-Zo"u8, 0xEB, .. ",2024-01-03,assess,2024-02-03,2024-05-07,,,false\r\n"u8,
        ]);

        var import = await RunAsync("import-assessments", file);
        var report = await RunAsync("report", "timeliness", "--from", "2024-05", "--to", "2024-05");

        Assert.Equal(1, import.ExitCode);
        Assert.Equal("", import.Output);
        Assert.Contains("Line 3: This line is not UTF-8 text: save the file as UTF-8 (CSV UTF-8 in Excel) and try again", import.Errors, StringComparison.Ordinal);
        Assert.Contains("latin1.csv has 1 problem: nothing was imported.", import.Errors, StringComparison.Ordinal);
        Assert.Equal("2024-05,0,0,0,0,0,0", report.Output.Split("\r\n")[1]);
    }

    [Fact]
    public async Task A_utf8_file_that_starts_with_a_byte_order_mark_is_imported()
    {
        var file = Path.Combine(_folder, "excel.csv");
        await File.WriteAllBytesAsync(file,
        [
            0xEF, 0xBB, 0xBF,
            .. "case_reference,request_received,decision,decision_date,final_plan_issued,closed_date,closed_reason,timescale_exception\r\n"u8,
            .. "DCC-1,2024-01-03,assess,2024-02-03,2024-05-07,,,false\r\n"u8,
        ]);

        var import = await RunAsync("import-assessments", file);

        Assert.True(import.ExitCode == 0, import.Errors);
        Assert.Equal("Imported 1 cases from excel.csv: 1 new, 0 updated.\n", import.Output);
    }

    [Fact]
    public async Task Check_local_offer_names_a_file_that_is_not_utf8_with_its_line()
    {
        var content = Path.Combine(_folder, "latin1-content");
        Directory.CreateDirectory(content);
        File.Copy(Path.Combine(LocalOfferFolder(), "mediation.md"), Path.Combine(content, "mediation.md"));
        await File.WriteAllBytesAsync(Path.Combine(content, "clubs.md"),
            [.. "---\ntitle: Clubs\n---\n\nRun by Zo"u8, 0xEB, .. " Smith.\n"u8]);

        var check = await PortalCommand.RunAsync($"Data Source={Path.Combine(_folder, "unused.db")}", "check-local-offer", content);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("clubs.md:5: This line is not UTF-8 text: save the file as UTF-8 and try again", check.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_on_a_new_database_creates_it_and_prints_only_the_csv()
    {
        var report = await RunAsync("report", "timeliness", "--from", "2025-12", "--to", "2026-01");

        Assert.Equal(0, report.ExitCode);
        Assert.Equal("month,completed,on_time,pct_on_time,cumulative_pct_on_time,overdue_30_weeks,overdue_52_weeks\r\n2025-12,0,0,0,0,0,0\r\n2026-01,0,0,0,0,0,0\r\n", report.Output);
        Assert.True(File.Exists(Path.Combine(_folder, "portal.db")));
    }

    [Fact]
    public async Task Backup_copies_the_live_database_with_its_uncheckpointed_writes_into_a_new_folder()
    {
        await RunAsync("import-assessments", Fixtures.SampleCases);
        var live = Path.Combine(_folder, "portal.db");
        // A connection that stays open with automatic checkpoints off keeps its write only in the write-ahead log,
        // as the running portal would: the backup must still contain it.
        await using var portal = new SqliteConnection($"Data Source={live};Pooling=False");
        await portal.OpenAsync();
        await ExecuteAsync(portal, "PRAGMA wal_autocheckpoint = 0; CREATE TABLE BackupProbe (Note TEXT); INSERT INTO BackupProbe VALUES ('written while the portal runs');");
        var copy = Path.Combine(_folder, "backups", "2026-11", "portal-copy.db");

        var backup = await RunAsync("backup", copy);

        Assert.Equal((0, ""), (backup.ExitCode, backup.Errors));
        var liveCounts = await RowCountsAsync(portal);
        await using var copied = new SqliteConnection($"Data Source={copy};Mode=ReadOnly;Pooling=False");
        await copied.OpenAsync();
        var copiedCounts = await RowCountsAsync(copied);
        Assert.Equal(liveCounts, copiedCounts);
        Assert.Equal("written while the portal runs", await ScalarAsync(copied, "SELECT Note FROM BackupProbe"));
        Assert.True(liveCounts.Values.Sum() > 1382, "the imported cases are in the database");
        Assert.Equal(
            $"Backed up the database to {copy}: {new FileInfo(copy).Length:N0} bytes, {copiedCounts.Count} tables, {copiedCounts.Values.Sum():N0} rows. The copy passed SQLite's integrity check.\n",
            backup.Output);
    }

    [Fact]
    public async Task Backup_refuses_to_overwrite_a_file_that_exists()
    {
        await RunAsync("import-assessments", Fixtures.SampleCases);
        var existing = Path.Combine(_folder, "yesterday.db");
        await File.WriteAllTextAsync(existing, "yesterday's backup");

        var backup = await RunAsync("backup", existing);

        Assert.Equal((1, ""), (backup.ExitCode, backup.Output));
        Assert.Contains($"There is already a file at {existing}; a backup never overwrites one.", backup.Errors, StringComparison.Ordinal);
        Assert.Equal("yesterday's backup", await File.ReadAllTextAsync(existing));
    }

    private static async Task<SortedDictionary<string, long>> RowCountsAsync(SqliteConnection connection)
    {
        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            counts[table] = (long)(await ScalarAsync(connection, $"SELECT COUNT(*) FROM \"{table}\""))!;
        }

        return counts;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    [Theory]
    [InlineData("report", "timeliness", "--from", "2024-13", "--to", "2024-05")]
    [InlineData("report", "timeliness", "--from", "2024-05", "--to", "2024-01")]
    [InlineData("report", "timeliness", "--from", "2024-01")]
    [InlineData("report", "timeliness", "--from", "2024-01", "--to", "2024-05", "--format", "json")]
    [InlineData("report", "caseloads")]
    [InlineData("import-assessments")]
    [InlineData("import-assessments", "/no/such/file.csv")]
    [InlineData("backup")]
    [InlineData("backup", "copy.db", "another.db")]
    public async Task Wrong_arguments_give_a_message_on_standard_error_and_a_non_zero_exit_code(params string[] args)
    {
        var run = await RunAsync(args);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.NotEqual("", run.Errors.Trim());
    }

    private Task<PortalCommand.Run> RunAsync(params string[] args) =>
        PortalCommand.RunAsync($"Data Source={Path.Combine(_folder, "portal.db")}", args);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
