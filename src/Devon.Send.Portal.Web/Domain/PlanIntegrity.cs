using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// A chain's head as the audit log records it when the row is saved: the plan, the section (null for the chain of
/// issued versions), the row's number and its hash.
/// </summary>
public sealed record PlanAnchor(Guid PlanId, string? SectionCode, int Number, string Hash)
{
    public static PlanAnchor Of(SectionRevision revision) => new(revision.PlanId, revision.SectionCode, revision.Number, revision.Hash);

    public static PlanAnchor Of(PlanVersion version) => new(version.PlanId, null, version.Number, version.Hash);
}

/// <summary>An anchor read back from the audit log, with when its entry was written.</summary>
public sealed record RecordedAnchor(string? SectionCode, int Number, string Hash, DateTimeOffset At);

/// <summary>What comparing a plan's chains with their anchors found: problems in words, and how many chains had an anchor.</summary>
public sealed record AnchorCheck(IReadOnlyList<string> Problems, int Anchored, int NotAnchored);

/// <summary>
/// The hash chains that make a plan's history tamper-evident. Each section's revisions form a chain (each hash
/// covers the revision and the previous revision's hash); the plan's issued versions form another, and each
/// version's hash also covers the hashes of the revisions it names.
/// </summary>
public static class PlanIntegrity
{
    /// <summary>The previous hash of the first link of every chain.</summary>
    public const string Origin = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>
    /// A moment as every database keeps it exactly: whole milliseconds. SQLite keeps times to a tenth of a
    /// millisecond (as UTC ticks, so that it can order them); a hash over the clock's full precision would not match
    /// the time read back, and every plan saved on SQLite would look altered.
    /// </summary>
    public static DateTimeOffset Timestamp(DateTimeOffset at) => at.AddTicks(-(at.UtcTicks % TimeSpan.TicksPerMillisecond));

    public static string HashOf(SectionRevision r) => Sha256(
    [
        "revision", r.Id.ToString(), r.PlanId.ToString(), r.SectionCode, r.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        r.Content, r.Reason, r.AuthorId ?? "", r.AuthorName, r.AuthorRole,
        r.CreatedAt.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture), r.PreviousHash,
    ]);

    /// <param name="v">The version.</param>
    /// <param name="revisionHashes">The hash of each revision the version names, by section code.</param>
    public static string HashOf(PlanVersion v, IReadOnlyDictionary<string, string> revisionHashes) => Sha256(
    [
        "version", v.Id.ToString(), v.PlanId.ToString(), v.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), v.Kind.ToString(),
        v.KindNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), v.IssuedAt.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture),
        v.IssuedById ?? "", v.IssuedByName, v.IssuedByRole, v.OpenFindings.ToString(System.Globalization.CultureInfo.InvariantCulture), v.OverrideReason ?? "",
        string.Join(';', revisionHashes.OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => h.Key + "=" + h.Value)),
        v.PreviousHash,
    ]);

    /// <summary>
    /// Checks one plan's whole history: every section's chain of revisions and the chain of versions. Returns what
    /// is wrong, in words; nothing when the history is intact.
    /// </summary>
    public static IReadOnlyList<string> Verify(IEnumerable<SectionRevision> revisions, IEnumerable<PlanVersion> versions)
    {
        var problems = new List<string>();
        var byId = new Dictionary<Guid, SectionRevision>();
        foreach (var section in revisions.GroupBy(r => r.SectionCode).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var previous = Origin;
            var expected = 1;
            foreach (var revision in section.OrderBy(r => r.Number))
            {
                byId[revision.Id] = revision;
                if (revision.Number != expected)
                {
                    problems.Add($"Section {section.Key}: revision {expected} is missing");
                }

                if (revision.PreviousHash != previous)
                {
                    problems.Add($"Section {section.Key} revision {revision.Number}: does not follow the revision before it");
                }

                if (HashOf(revision) != revision.Hash)
                {
                    problems.Add($"Section {section.Key} revision {revision.Number}: its content or details were changed after it was saved");
                }

                previous = revision.Hash;
                expected = revision.Number + 1;
            }
        }

        var previousVersion = Origin;
        var expectedVersion = 1;
        foreach (var version in versions.OrderBy(v => v.Number))
        {
            if (version.Number != expectedVersion)
            {
                problems.Add($"Version {expectedVersion} is missing");
            }

            var hashes = new Dictionary<string, string>();
            foreach (var part in version.Sections)
            {
                if (byId.TryGetValue(part.RevisionId, out var revision) && revision.SectionCode == part.SectionCode)
                {
                    hashes[part.SectionCode] = revision.Hash;
                }
                else
                {
                    problems.Add($"{version.Label}: section {part.SectionCode} names a revision that is not in this plan's history");
                }
            }

            if (version.PreviousHash != previousVersion)
            {
                problems.Add($"{version.Label}: does not follow the version before it");
            }

            if (HashOf(version, hashes) != version.Hash)
            {
                problems.Add($"{version.Label}: its details or the revisions it is made of were changed after it was issued");
            }

            previousVersion = version.Hash;
            expectedVersion = version.Number + 1;
        }

        return problems;
    }

    /// <summary>
    /// Compares the newest row of each of a plan's chains with the newest anchor the audit log holds for it. A chain
    /// cut short behind the portal's back is still a valid chain; only the anchor shows that a newer row existed. A
    /// chain with no anchor at all was saved before anchors were recorded: it is counted, not reported.
    /// </summary>
    public static AnchorCheck CheckAnchors(IEnumerable<SectionRevision> revisions, IEnumerable<PlanVersion> versions, IEnumerable<RecordedAnchor> anchors)
    {
        var rows = revisions.Select(r => (Chain: r.SectionCode, r.Number, r.Hash))
            .Concat(versions.Select(v => (Chain: "", v.Number, v.Hash)))
            .ToLookup(r => r.Chain);
        var newest = anchors.GroupBy(a => a.SectionCode ?? "").ToDictionary(g => g.Key, g => g.MaxBy(a => a.Number)!);
        var problems = new List<string>();
        int anchored = 0, notAnchored = 0;
        foreach (var chain in rows.Select(g => g.Key).Union(newest.Keys).Order(StringComparer.Ordinal))
        {
            if (!newest.TryGetValue(chain, out var anchor))
            {
                notAnchored++;
                continue;
            }

            anchored++;
            var chainRows = rows[chain].ToList();
            var what = chain.Length == 0 ? "issued version" : "revision";
            var whose = chain.Length == 0 ? "The" : $"Section {chain}'s";
            var row = chainRows.FirstOrDefault(r => r.Number == anchor.Number);
            if (row.Hash is null)
            {
                problems.Add($"{whose} newest {what} (number {anchor.Number}, {(chain.Length == 0 ? "issued" : "saved")} {anchor.At.ToUkDate()}) is missing; the audit log records it");
            }
            else if (row.Hash != anchor.Hash)
            {
                problems.Add($"{whose} {what} number {anchor.Number} is not the one the audit log records: it was replaced after it was saved");
            }

            foreach (var later in chainRows.Where(r => r.Number > anchor.Number).OrderBy(r => r.Number))
            {
                problems.Add($"{whose} {what} number {later.Number} has no entry in the audit log: it was not saved by the portal");
            }
        }

        return new AnchorCheck(problems, anchored, notAnchored);
    }

    private static string Sha256(string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(parts))));
}
