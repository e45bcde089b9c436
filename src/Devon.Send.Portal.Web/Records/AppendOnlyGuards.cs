using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Devon.Send.Portal.Web.Records;

/// <summary>
/// The triggers that refuse UPDATE and DELETE on the append-only tables, lifted for one transaction only: the
/// retention purge is the one sanctioned way past them. On SQLite they are dropped and re-created from their own
/// stored definitions (so a guard added by a later migration is handled too); on SQL Server they are disabled and
/// enabled again. Both are part of the transaction, so if it rolls back the guards were never away.
/// </summary>
public sealed class AppendOnlyGuards
{
    private readonly PortalDbContext _db;
    private readonly IReadOnlyList<(string Name, string Table, string Definition)> _lifted;

    private AppendOnlyGuards(PortalDbContext db, IReadOnlyList<(string, string, string)> lifted)
    {
        _db = db;
        _lifted = lifted;
    }

    /// <summary>Lifts every refusing trigger inside the current transaction.</summary>
    public static async Task<AppendOnlyGuards> LiftAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The append-only guards may only be lifted inside a transaction.");
        }

        var sqlite = db.Database.IsSqlite();
        var guards = await ReadAsync(db, sqlite
            ? "SELECT name, tbl_name, sql FROM sqlite_schema WHERE type = 'trigger' AND sql LIKE '%RAISE(ABORT%' ORDER BY name"
            : "SELECT t.name, QUOTENAME(OBJECT_SCHEMA_NAME(t.parent_id)) + '.' + QUOTENAME(OBJECT_NAME(t.parent_id)), '' FROM sys.triggers t "
                + "WHERE t.parent_class = 1 AND t.is_instead_of_trigger = 1 AND t.is_disabled = 0 ORDER BY t.name",
            cancellationToken);
        foreach (var (name, table, _) in guards)
        {
            await Execute(db, sqlite ? $"DROP TRIGGER \"{name}\"" : $"DISABLE TRIGGER [{name}] ON {table}", cancellationToken);
        }

        return new AppendOnlyGuards(db, guards);
    }

    /// <summary>Puts every lifted trigger back, exactly as it was, before the transaction commits.</summary>
    public async Task RestoreAsync(CancellationToken cancellationToken)
    {
        var sqlite = _db.Database.IsSqlite();
        foreach (var (name, table, definition) in _lifted)
        {
            await Execute(_db, sqlite ? definition : $"ENABLE TRIGGER [{name}] ON {table}", cancellationToken);
        }
    }

    /// <summary>The refusing triggers in place now, as "table.trigger", for checks and tests.</summary>
    public static async Task<IReadOnlyList<string>> InPlaceAsync(PortalDbContext db, CancellationToken cancellationToken = default) =>
        (await ReadAsync(db, db.Database.IsSqlite()
            ? "SELECT name, tbl_name, sql FROM sqlite_schema WHERE type = 'trigger' AND sql LIKE '%RAISE(ABORT%' ORDER BY tbl_name, name"
            : "SELECT t.name, OBJECT_NAME(t.parent_id), '' FROM sys.triggers t WHERE t.parent_class = 1 AND t.is_instead_of_trigger = 1 AND t.is_disabled = 0 ORDER BY 2, 1",
            cancellationToken)).Select(t => $"{t.Table}.{t.Name}").ToList();

    private static async Task<IReadOnlyList<(string Name, string Table, string Definition)>> ReadAsync(PortalDbContext db, string sql, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var rows = new List<(string, string, string)>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }

            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

#pragma warning disable EF1002 // Trigger and table names come from the database's own catalogue, never from input.
    private static Task<int> Execute(PortalDbContext db, string sql, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
#pragma warning restore EF1002
}
