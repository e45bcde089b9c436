using System.Text.Json.Nodes;
using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

/// <summary>A plan's transfer package read back whole, and refused when anything in its hash chains does not hold.</summary>
public sealed class PlanTransferPackageTests
{
    private static readonly Guid PlanId = Guid.NewGuid();
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 15, 30, 123, TimeSpan.Zero);

    private static (List<SectionRevision> Revisions, List<PlanVersion> Versions) History()
    {
        var revisions = new List<SectionRevision>();
        var versions = new List<PlanVersion>();

        SectionRevision Save(string code, string text, int day)
        {
            var previous = revisions.Where(r => r.SectionCode == code).OrderBy(r => r.Number).LastOrDefault();
            var revision = new SectionRevision
            {
                PlanId = PlanId,
                SectionCode = code,
                Number = (previous?.Number ?? 0) + 1,
                Content = new SectionContent { Text = text }.ToJson(),
                Reason = "Assessment advice",
                AuthorId = "caseworker-1",
                AuthorName = "Priya Shah",
                AuthorRole = PortalRoles.Caseworker,
                CreatedAt = PlanIntegrity.Timestamp(Start.AddDays(day)),
                PreviousHash = previous?.Hash ?? PlanIntegrity.Origin,
            }.Seal();
            revisions.Add(revision);
            return revision;
        }

        void Issue(PlanVersionKind kind, int day)
        {
            var latest = revisions.GroupBy(r => r.SectionCode).Select(g => g.OrderBy(r => r.Number).Last())
                .Select(r => new LatestRevision(r.Id, r.PlanId, r.SectionCode, r.Hash)).ToList();
            versions.Add(PlanVersions.Issue(
                PlanId, [.. versions.Select(v => new IssuedVersion(v.PlanId, v.Number, v.Kind, v.Hash))], latest, kind, Start.AddDays(day),
                "caseworker-1", "Priya Shah", PortalRoles.Caseworker, 0, null));
        }

        Save("B", "Needs help with reading", 0);
        Save("F", "Reading support, 3 hours a week", 1);
        Issue(PlanVersionKind.Draft, 2);
        Save("F", "Reading support, 5 hours a week", 10);
        Issue(PlanVersionKind.Final, 20);
        Save("F", "Reading support, 6 hours a week", 200);
        Issue(PlanVersionKind.AmendmentDraft, 201);
        Issue(PlanVersionKind.AmendedFinal, 230);
        Save("F", "Work in progress, not issued", 240);
        return (revisions, versions);
    }

    private static PlanTransferPackage Package()
    {
        var (revisions, versions) = History();
        return PlanTransferPackages.Create(
            new TransferredChild("Amira", "Okafor", new DateOnly(2015, 2, 28)), "Devon County Council", "Somerset Council",
            new DateOnly(2027, 1, 4), new DateOnly(2026, 3, 22), new DateOnly(2026, 11, 3), PlanId, revisions, versions);
    }

    private static string Altered(Action<JsonNode> change)
    {
        var node = JsonNode.Parse(PlanTransferPackages.ToJson(Package()))!;
        change(node);
        return node.ToJsonString();
    }

    [Fact]
    public void A_package_read_back_has_the_same_child_plan_and_hashes()
    {
        var package = Package();

        var reading = PlanTransferPackages.Read(PlanTransferPackages.ToJson(package));

        Assert.True(reading.IsValid, string.Join("; ", reading.Problems));
        Assert.Equal("Amira", reading.Package!.Child.GivenName);
        Assert.Equal(new DateOnly(2015, 2, 28), reading.Package.Child.DateOfBirth);
        Assert.Equal(new DateOnly(2026, 11, 3), reading.Package.PlanOrLastReviewOn);
        Assert.Equal([.. package.Plan.Versions.Select(v => v.Hash)], reading.Versions.Select(v => v.Hash));
        Assert.Equal([.. package.Plan.Revisions.Select(r => r.Hash)], reading.Revisions.Select(r => r.Hash));
        Assert.Empty(PlanIntegrity.Verify(reading.Revisions, reading.Versions));
        Assert.Equal("Amended plan 1", PlanTransferPackages.CurrentPlan(reading.Package)!.Label);
    }

    [Fact]
    public void A_package_holds_every_issued_version_and_leaves_out_work_never_issued()
    {
        var package = Package();

        Assert.Equal(["Draft 1", "Final plan", "Proposed amendments 1", "Amended plan 1"], package.Plan.Versions.Select(v => v.Label));
        Assert.Equal(3, package.Plan.Revisions.Count(r => r.Section == "F"));
        Assert.DoesNotContain(package.Plan.Revisions, r => r.Content.Contains("not issued", StringComparison.Ordinal));
    }

    [Fact]
    public void A_changed_section_is_refused_naming_the_versions_that_hold_it()
    {
        var json = Altered(n => n["plan"]!["revisions"]!.AsArray()
            .First(r => (string?)r!["section"] == "F" && (int)r["number"]! == 2)!["content"] = new SectionContent { Text = "Reading support, 1 hour a week" }.ToJson());

        var reading = PlanTransferPackages.Read(json);

        Assert.False(reading.IsValid);
        Assert.Contains("Section F revision 2 was changed after it was saved.", reading.Problems);
        Assert.Contains(reading.Problems, p => p.StartsWith("Final plan (version 2): section F", StringComparison.Ordinal));
    }

    [Fact]
    public void A_removed_version_is_refused_naming_it()
    {
        var json = Altered(n => n["plan"]!["versions"]!.AsArray().RemoveAt(1));

        var reading = PlanTransferPackages.Read(json);

        Assert.False(reading.IsValid);
        Assert.Contains("Version 2 is missing: Proposed amendments 1 (version 3) is listed in its place.", reading.Problems);
        Assert.Contains("Proposed amendments 1 (version 3) does not follow the version before it: a version was removed, added or moved.", reading.Problems);
    }

    [Fact]
    public void A_reordered_package_is_refused()
    {
        var json = Altered(n =>
        {
            var versions = n["plan"]!["versions"]!.AsArray();
            var final = versions[1]!;
            versions.RemoveAt(1);
            versions.Add(final);
        });

        var reading = PlanTransferPackages.Read(json);

        Assert.False(reading.IsValid);
        Assert.Contains(reading.Problems, p => p.StartsWith("The versions are not in the order they were issued: Proposed amendments 1 (version 3)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_changed_version_detail_is_refused()
    {
        var json = Altered(n => n["plan"]!["versions"]![1]!["issuedAt"] = "2026-03-01T09:00:00+00:00");

        var reading = PlanTransferPackages.Read(json);

        Assert.Contains("Final plan (version 2): its details were changed after it was issued.", reading.Problems);
    }

    [Fact]
    public void A_removed_revision_is_refused()
    {
        var json = Altered(n =>
        {
            var revisions = n["plan"]!["revisions"]!.AsArray();
            revisions.Remove(revisions.First(r => (string?)r!["section"] == "F" && (int)r["number"]! == 1));
        });

        var reading = PlanTransferPackages.Read(json);

        Assert.False(reading.IsValid);
        Assert.Contains("Section F: revision 1 is missing or out of order.", reading.Problems);
        Assert.Contains("Draft 1 (version 1): section F names a revision that is not in the package.", reading.Problems);
    }

    [Fact]
    public void Another_format_version_is_refused()
    {
        var reading = PlanTransferPackages.Read(Altered(n => n["formatVersion"] = 2));

        Assert.Equal(["The package is of a format version this portal cannot read: it reads format version 1 only."], reading.Problems);
    }

    [Theory]
    [InlineData("{\"name\": \"a spreadsheet\"}")]
    [InlineData("not json at all")]
    [InlineData("")]
    public void A_file_that_is_not_a_package_is_refused(string json)
    {
        var reading = PlanTransferPackages.Read(json);

        Assert.False(reading.IsValid);
        Assert.Single(reading.Problems);
        Assert.StartsWith("The file is not a plan transfer package", reading.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_childs_name_from_another_system_passes_the_same_rule_as_a_name_typed_here()
    {
        var reading = PlanTransferPackages.Read(Altered(n => n["child"]!["givenName"] = "\u202EAmi\u0301ra\u200B"));
        var invisible = PlanTransferPackages.Read(Altered(n => n["child"]!["familyName"] = "\u200B\u200B"));

        Assert.True(reading.IsValid, string.Join("; ", reading.Problems));
        Assert.Equal("Am\u00EDra", reading.Package!.Child.GivenName);
        Assert.Equal(["The package is incomplete: it has no child's name."], invisible.Problems);
    }

    [Fact]
    public void A_package_with_no_final_plan_is_refused()
    {
        var json = Altered(n =>
        {
            var versions = n["plan"]!["versions"]!.AsArray();
            while (versions.Count > 1)
            {
                versions.RemoveAt(1);
            }
        });

        Assert.Equal(["The package is incomplete: it has no final plan."], PlanTransferPackages.Read(json).Problems);
    }
}
