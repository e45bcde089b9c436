using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Devon.Send.Portal.Web.Data;

/// <summary>
/// The <c>backup FILE</c> command: copies the live SQLite database with SQLite's online backup API, which takes a
/// consistent snapshot (the write-ahead log included) while the portal goes on reading and writing. Then it opens the
/// copy, checks it and counts its tables and rows, so what it reports was read back from the copy itself.
/// </summary>
public static class SqliteBackup
{
    public static async Task<int> RunAsync(string connectionString, string file, TextWriter output, TextWriter errors)
    {
        var source = new SqliteConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(source.DataSource) || source.DataSource == ":memory:" || !File.Exists(source.DataSource))
        {
            await errors.WriteLineAsync($"There is no database file at {source.DataSource}: nothing to back up.");
            return 1;
        }

        var target = Path.GetFullPath(file);
        if (Path.GetFullPath(source.DataSource) == target)
        {
            await errors.WriteLineAsync("The backup must go to a different file from the database.");
            return 1;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            // Made here, empty, so that a file that exists already (or appears meanwhile) is never overwritten.
            await new FileStream(target, FileMode.CreateNew, FileAccess.Write).DisposeAsync();
        }
        catch (IOException) when (File.Exists(target) || Directory.Exists(target))
        {
            await errors.WriteLineAsync($"There is already a file at {target}; a backup never overwrites one. Give a new file name.");
            return 1;
        }

        source.Mode = SqliteOpenMode.ReadWrite;
        var copy = new SqliteConnectionStringBuilder { DataSource = target, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString();
        try
        {
            await using (var live = new SqliteConnection(source.ToString()))
            await using (var backup = new SqliteConnection(copy))
            {
                await live.OpenAsync();
                await backup.OpenAsync();
                live.BackupDatabase(backup);
            }

            var (check, tables, rows) = await InspectAsync(copy);
            if (check != "ok")
            {
                File.Delete(target);
                await errors.WriteLineAsync($"The copy failed SQLite's check ({check}) and was deleted. Nothing was backed up.");
                return 1;
            }

            await output.WriteLineAsync(string.Create(CultureInfo.GetCultureInfo("en-GB"),
                $"Backed up the database to {target}: {new FileInfo(target).Length:N0} bytes, {tables:N0} tables, {rows:N0} rows. The copy passed SQLite's integrity check."));
            return 0;
        }
        catch
        {
            File.Delete(target);
            throw;
        }
    }

    private static async Task<(string Check, int Tables, long Rows)> InspectAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var check = (string)(await Scalar(connection, "PRAGMA integrity_check"))!;
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        long rows = 0;
        foreach (var table in tables)
        {
            rows += (long)(await Scalar(connection, $"SELECT COUNT(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\""))!;
        }

        return (check, tables.Count, rows);
    }

    private static async Task<object?> Scalar(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Table names come from the copy's own schema, quoted; no input reaches the text.
        command.CommandText = sql;
#pragma warning restore CA2100
        return await command.ExecuteScalarAsync();
    }
}
