using System.Text.Json;
using System.Text.Json.Serialization;

namespace Devon.Send.Portal.Web.Domain;

/// <summary>
/// What one council sends another when a child with a plan moves between their areas (SEND Regulations 2014,
/// regulation 15): the child, the councils, the day of the move, the day the plan was made or last reviewed, and the
/// plan's issued history with every hash as <see cref="PlanIntegrity"/> computes it, so the receiving portal can
/// recompute the chains and know nothing was changed on the way. The format is described in transfer-package.md beside this file.
/// </summary>
public sealed record PlanTransferPackage(
    string Format,
    int FormatVersion,
    TransferredChild Child,
    string FromCouncil,
    string ToCouncil,
    DateOnly MoveOn,
    DateOnly PlanMadeOn,
    DateOnly PlanOrLastReviewOn,
    TransferredPlan Plan)
{
    public const string FormatName = "devon-send-portal/ehc-plan-transfer";
    public const int CurrentFormatVersion = 1;
}

public sealed record TransferredChild(string GivenName, string FamilyName, DateOnly DateOfBirth);

/// <summary>The plan: every section revision up to the last one an issued version names, and every issued version, in order.</summary>
public sealed record TransferredPlan(Guid Id, IReadOnlyList<TransferredRevision> Revisions, IReadOnlyList<TransferredVersion> Versions);

/// <summary>A section revision exactly as stored: <see cref="Content"/> is the canonical JSON the hash covers, as text.</summary>
public sealed record TransferredRevision(
    Guid Id, string Section, int Number, string Content, string Reason, string? AuthorId, string AuthorName, string AuthorRole,
    DateTimeOffset CreatedAt, string PreviousHash, string Hash);

/// <summary>An issued version exactly as stored; <see cref="Sections"/> names the revision of each section it is made of.</summary>
public sealed record TransferredVersion(
    Guid Id, int Number, PlanVersionKind Kind, int KindNumber, DateTimeOffset IssuedAt, string? IssuedById, string IssuedByName, string IssuedByRole,
    int OpenFindings, string? OverrideReason, ServiceMethod? ServedBy, DateOnly? ServedOn, DateOnly? RespondBy,
    IReadOnlyDictionary<string, Guid> Sections, string PreviousHash, string Hash)
{
    public string Label => PlanVersion.LabelFor(Kind, KindNumber);
}

/// <summary>A package read and verified: the plan's rows rebuilt (each sealed again, so each hash is the one recomputed), or why it was refused.</summary>
public sealed record PackageReading(PlanTransferPackage? Package, IReadOnlyList<SectionRevision> Revisions, IReadOnlyList<PlanVersion> Versions, IReadOnlyList<string> Problems)
{
    public bool IsValid => Package is not null && Problems.Count == 0;
}

/// <summary>Writes a plan's transfer package and reads one back, refusing any whose hash chains do not hold.</summary>
public static class PlanTransferPackages
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The package for a plan: its issued versions in order, and every revision of each section up to the last one
    /// those versions name (so each section's chain is whole from its first revision). Work saved after the last issue
    /// is not part of the plan and is left out. Throws if no version was issued: there is no plan to transfer.
    /// </summary>
    public static PlanTransferPackage Create(
        TransferredChild child, string fromCouncil, string toCouncil, DateOnly moveOn, DateOnly planMadeOn, DateOnly planOrLastReviewOn,
        Guid planId, IEnumerable<SectionRevision> revisions, IEnumerable<PlanVersion> versions)
    {
        var issued = versions.Where(v => v.PlanId == planId).OrderBy(v => v.Number).ToList();
        if (issued.Count == 0)
        {
            throw new InvalidOperationException("A plan with no issued version cannot be transferred.");
        }

        var named = issued.SelectMany(v => v.Sections).ToHashSet();
        var all = revisions.Where(r => r.PlanId == planId).ToList();
        var lastNamed = all.Where(r => named.Any(s => s.RevisionId == r.Id))
            .GroupBy(r => r.SectionCode).ToDictionary(g => g.Key, g => g.Max(r => r.Number));
        var kept = all.Where(r => lastNamed.TryGetValue(r.SectionCode, out var last) && r.Number <= last)
            .OrderBy(r => r.SectionCode, StringComparer.Ordinal).ThenBy(r => r.Number)
            .Select(r => new TransferredRevision(
                r.Id, r.SectionCode, r.Number, r.Content, r.Reason, r.AuthorId, r.AuthorName, r.AuthorRole, r.CreatedAt, r.PreviousHash, r.Hash))
            .ToList();
        var transferredVersions = issued.Select(v => new TransferredVersion(
            v.Id, v.Number, v.Kind, v.KindNumber, v.IssuedAt, v.IssuedById, v.IssuedByName, v.IssuedByRole, v.OpenFindings, v.OverrideReason,
            v.ServedBy, v.ServedOn, v.RespondBy,
            v.Sections.OrderBy(s => s.SectionCode, StringComparer.Ordinal).ToDictionary(s => s.SectionCode, s => s.RevisionId),
            v.PreviousHash, v.Hash)).ToList();
        return new PlanTransferPackage(
            PlanTransferPackage.FormatName, PlanTransferPackage.CurrentFormatVersion, child, fromCouncil, toCouncil, moveOn, planMadeOn, planOrLastReviewOn,
            new TransferredPlan(planId, kept, transferredVersions));
    }

    public static string ToJson(PlanTransferPackage package) => JsonSerializer.Serialize(package, Json);

    /// <summary>
    /// Reads a package and recomputes every hash. Refused, with the reasons in words, when it is not a package, is of
    /// another format version, lacks what the format requires, or any revision or version was changed, removed, added
    /// or moved after it was issued.
    /// </summary>
    public static PackageReading Read(string json)
    {
        PlanTransferPackage? package;
        try
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String
                || format.GetString() != PlanTransferPackage.FormatName)
            {
                return Refused("The file is not a plan transfer package.");
            }

            if (!document.RootElement.TryGetProperty("formatVersion", out var version) || !version.TryGetInt32(out var number)
                || number != PlanTransferPackage.CurrentFormatVersion)
            {
                return Refused($"The package is of a format version this portal cannot read: it reads format version {PlanTransferPackage.CurrentFormatVersion} only.");
            }

            package = document.RootElement.Deserialize<PlanTransferPackage>(Json);
        }
        catch (JsonException)
        {
            return Refused("The file is not a plan transfer package: it is not valid JSON of that format.");
        }

        // Names arrive from another system: they pass the same rule as names typed here, so an invisible one counts as missing.
        if (package is { Child: { } child })
        {
            package = package with
            {
                Child = child with { GivenName = Visible(child.GivenName), FamilyName = Visible(child.FamilyName) },
                FromCouncil = Visible(package.FromCouncil),
                ToCouncil = Visible(package.ToCouncil),
            };
        }

        if ((package is null ? "content" : Missing(package)) is { } missing)
        {
            return Refused($"The package is incomplete: it has no {missing}.");
        }

        var problems = new List<string>();
        var plan = package!.Plan;
        var revisions = new List<SectionRevision>();
        var stated = new Dictionary<Guid, TransferredRevision>();
        var altered = new HashSet<Guid>();
        foreach (var section in plan.Revisions.GroupBy(r => r.Section).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (!PlanSections.IsCode(section.Key))
            {
                problems.Add($"The package has a section {section.Key}, which a plan does not have.");
                continue;
            }

            var previous = PlanIntegrity.Origin;
            var expected = 1;
            foreach (var r in section)
            {
                if (r.Number != expected)
                {
                    problems.Add($"Section {section.Key}: revision {expected} is missing or out of order.");
                }

                if (r.PreviousHash != previous)
                {
                    problems.Add($"Section {section.Key} revision {r.Number} does not follow the revision before it.");
                }

                var revision = new SectionRevision
                {
                    Id = r.Id, PlanId = plan.Id, SectionCode = r.Section, Number = r.Number, Content = r.Content, Reason = r.Reason,
                    AuthorId = r.AuthorId, AuthorName = r.AuthorName, AuthorRole = r.AuthorRole, CreatedAt = r.CreatedAt, PreviousHash = r.PreviousHash,
                }.Seal();
                if (revision.Hash != r.Hash)
                {
                    altered.Add(r.Id);
                    problems.Add($"Section {section.Key} revision {r.Number} was changed after it was saved.");
                }

                stated[r.Id] = r;
                revisions.Add(revision);
                previous = r.Hash;
                expected = r.Number + 1;
            }
        }

        var versions = new List<PlanVersion>();
        var previousVersion = PlanIntegrity.Origin;
        for (var i = 0; i < plan.Versions.Count; i++)
        {
            var v = plan.Versions[i];
            var name = $"{v.Label} (version {v.Number})";
            if (v.Number != i + 1)
            {
                problems.Add(plan.Versions.Any(o => o.Number == i + 1)
                    ? $"The versions are not in the order they were issued: {name} is listed where version {i + 1} should be."
                    : $"Version {i + 1} is missing: {name} is listed in its place.");
            }

            if (v.PreviousHash != previousVersion)
            {
                problems.Add($"{name} does not follow the version before it: a version was removed, added or moved.");
            }

            var hashes = new Dictionary<string, string>();
            foreach (var (code, revisionId) in v.Sections)
            {
                if (!stated.TryGetValue(revisionId, out var r) || r.Section != code)
                {
                    problems.Add($"{name}: section {code} names a revision that is not in the package.");
                    continue;
                }

                hashes[code] = r.Hash;
                if (altered.Contains(revisionId))
                {
                    problems.Add($"{name}: section {code} ({PlanSections.Title(code)}) was changed after the version was issued.");
                }
            }

            var version = new PlanVersion
            {
                Id = v.Id, PlanId = plan.Id, Number = v.Number, Kind = v.Kind, KindNumber = v.KindNumber, IssuedAt = v.IssuedAt,
                IssuedById = v.IssuedById, IssuedByName = v.IssuedByName, IssuedByRole = v.IssuedByRole, OpenFindings = v.OpenFindings,
                OverrideReason = v.OverrideReason, ServedBy = v.ServedBy, ServedOn = v.ServedOn, RespondBy = v.RespondBy, PreviousHash = v.PreviousHash,
                Sections = [.. v.Sections.Select(s => new PlanVersionSection { VersionId = v.Id, SectionCode = s.Key, RevisionId = s.Value })],
            }.Seal(hashes);
            if (version.Hash != v.Hash)
            {
                problems.Add($"{name}: its details were changed after it was issued.");
            }

            versions.Add(version);
            previousVersion = v.Hash;
        }

        return new PackageReading(package, revisions, versions, problems.Distinct().ToList());
    }

    /// <summary>The last version that is a plan in force (the final plan or an amended plan): what the receiving council maintains.</summary>
    public static TransferredVersion? CurrentPlan(PlanTransferPackage package) => package.Plan.Versions.LastOrDefault(v => v.Kind is PlanVersionKind.Final or PlanVersionKind.AmendedFinal);

    private static string Visible(string? name) => name is null ? null! : VisibleText.Normalise(name);

    private static string? Missing(PlanTransferPackage package) => package switch
    {
        { Child: null } => "child",
        { Child.GivenName: null or "" } or { Child.FamilyName: null or "" } => "child's name",
        { FromCouncil: null or "" } => "council it comes from",
        { ToCouncil: null or "" } => "council it goes to",
        { Plan: null } or { Plan.Versions: null } or { Plan.Revisions: null } => "plan",
        { Plan.Versions.Count: 0 } => "issued version of the plan",
        _ when package.Plan.Versions.All(v => v.Kind is not (PlanVersionKind.Final or PlanVersionKind.AmendedFinal)) => "final plan",
        _ => null,
    };

    private static PackageReading Refused(string problem) => new(null, [], [], [problem]);
}
