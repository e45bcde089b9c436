using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

public sealed class PlanIntegrityTests
{
    private static readonly Guid PlanId = Guid.NewGuid();
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static List<SectionRevision> Chain(string code, params string[] texts)
    {
        var revisions = new List<SectionRevision>();
        foreach (var text in texts)
        {
            revisions.Add(new SectionRevision
            {
                PlanId = PlanId,
                SectionCode = code,
                Number = revisions.Count + 1,
                Content = new SectionContent { Text = text }.ToJson(),
                Reason = "Because",
                AuthorName = "Priya Shah",
                AuthorRole = PortalRoles.Caseworker,
                CreatedAt = Start.AddDays(revisions.Count),
                PreviousHash = revisions.Count == 0 ? PlanIntegrity.Origin : revisions[^1].Hash,
            }.Seal());
        }

        return revisions;
    }

    private static PlanVersion Issue(int number, IReadOnlyList<SectionRevision> revisions, string previousHash) =>
        new PlanVersion
        {
            PlanId = PlanId,
            Number = number,
            Kind = PlanVersionKind.Draft,
            KindNumber = number,
            IssuedAt = Start.AddDays(10 + number),
            IssuedByName = "Priya Shah",
            IssuedByRole = PortalRoles.Caseworker,
            PreviousHash = previousHash,
            Sections = [.. revisions.Select(r => new PlanVersionSection { SectionCode = r.SectionCode, RevisionId = r.Id })],
        }.Seal(revisions.ToDictionary(r => r.SectionCode, r => r.Hash));

    private static SectionRevision Copy(SectionRevision r, string? content = null, int? number = null, string? previousHash = null) => new()
    {
        Id = r.Id, PlanId = r.PlanId, SectionCode = r.SectionCode, Number = number ?? r.Number, Content = content ?? r.Content, Reason = r.Reason,
        AuthorId = r.AuthorId, AuthorName = r.AuthorName, AuthorRole = r.AuthorRole, CreatedAt = r.CreatedAt, PreviousHash = previousHash ?? r.PreviousHash,
    };

    [Fact]
    public void An_untouched_history_is_intact()
    {
        var f = Chain("F", "one", "two", "three");
        var b = Chain("B", "needs");
        var v1 = Issue(1, [f[1], b[0]], PlanIntegrity.Origin);
        var v2 = Issue(2, [f[2], b[0]], v1.Hash);

        Assert.Empty(PlanIntegrity.Verify([.. f, .. b], [v1, v2]));
    }

    [Fact]
    public void The_same_revision_always_hashes_the_same_and_any_field_changes_it()
    {
        var revision = Chain("F", "one")[0];

        Assert.Equal(revision.Hash, PlanIntegrity.HashOf(revision));
        Assert.Equal(64, revision.Hash.Length);
        Assert.NotEqual(revision.Hash, PlanIntegrity.HashOf(Copy(revision, content: new SectionContent { Text = "One" }.ToJson())));
        Assert.NotEqual(revision.Hash, PlanIntegrity.HashOf(Copy(revision, number: 2)));
    }

    [Fact]
    public void Changed_content_is_caught_in_the_revision_that_was_changed()
    {
        var f = Chain("F", "one", "two");
        f[0] = Copy(f[0], content: new SectionContent { Text = "altered" }.ToJson()).Seal();
        f[0] = Copy(f[0], content: new SectionContent { Text = "altered again" }.ToJson());

        var problems = PlanIntegrity.Verify(f, []);

        Assert.Contains("Section F revision 1: its content or details were changed after it was saved", problems);
    }

    [Fact]
    public void A_rewritten_and_rehashed_revision_breaks_the_link_to_the_next_one()
    {
        var f = Chain("F", "one", "two");
        f[0] = Copy(f[0], content: new SectionContent { Text = "altered" }.ToJson()).Seal();

        Assert.Equal(["Section F revision 2: does not follow the revision before it"], PlanIntegrity.Verify(f, []));
    }

    [Fact]
    public void A_deleted_revision_is_missed()
    {
        var f = Chain("F", "one", "two", "three");
        f.RemoveAt(1);

        var problems = PlanIntegrity.Verify(f, []);

        Assert.Contains("Section F: revision 2 is missing", problems);
        Assert.Contains("Section F revision 3: does not follow the revision before it", problems);
    }

    [Fact]
    public void A_version_pointed_at_another_revision_is_caught()
    {
        var f = Chain("F", "one", "two");
        var version = Issue(1, [f[0]], PlanIntegrity.Origin);
        version.Sections[0] = new PlanVersionSection { SectionCode = "F", RevisionId = f[1].Id };

        Assert.Equal(["Draft 1: its details or the revisions it is made of were changed after it was issued"], PlanIntegrity.Verify(f, [version]));
    }

    [Fact]
    public void A_version_naming_a_revision_from_another_plan_is_caught()
    {
        var f = Chain("F", "one");
        var elsewhere = Chain("F", "other plan");
        var version = Issue(1, elsewhere, PlanIntegrity.Origin);

        Assert.Contains("Draft 1: section F names a revision that is not in this plan's history", PlanIntegrity.Verify(f, [version]));
    }

    [Fact]
    public void A_deleted_version_breaks_the_chain_of_versions()
    {
        var f = Chain("F", "one", "two", "three");
        var v1 = Issue(1, [f[0]], PlanIntegrity.Origin);
        var v2 = Issue(2, [f[1]], v1.Hash);
        var v3 = Issue(3, [f[2]], v2.Hash);

        var problems = PlanIntegrity.Verify(f, [v1, v3]);

        Assert.Contains("Version 2 is missing", problems);
        Assert.Contains("Draft 3: does not follow the version before it", problems);
    }

    private static RecordedAnchor Anchor(SectionRevision r) => new(r.SectionCode, r.Number, r.Hash, r.CreatedAt);

    private static RecordedAnchor Anchor(PlanVersion v) => new(null, v.Number, v.Hash, v.IssuedAt);

    [Fact]
    public void A_history_whose_newest_rows_match_their_anchors_is_intact()
    {
        var f = Chain("F", "one", "two");
        var v1 = Issue(1, [f[1]], PlanIntegrity.Origin);

        var check = PlanIntegrity.CheckAnchors(f, [v1], [Anchor(f[0]), Anchor(f[1]), Anchor(v1)]);

        Assert.Equal((0, 2, 0), (check.Problems.Count, check.Anchored, check.NotAnchored));
    }

    [Fact]
    public void A_newest_revision_cut_off_is_caught_by_its_anchor()
    {
        var f = Chain("F", "one", "two", "three");

        var check = PlanIntegrity.CheckAnchors(f[..2], [], f.Select(Anchor));

        Assert.Equal(["Section F's newest revision (number 3, saved 3 March 2026) is missing; the audit log records it"], check.Problems);
    }

    [Fact]
    public void A_newest_version_cut_off_is_caught_by_its_anchor()
    {
        var f = Chain("F", "one");
        var v1 = Issue(1, f, PlanIntegrity.Origin);
        var v2 = Issue(2, f, v1.Hash);

        var check = PlanIntegrity.CheckAnchors(f, [v1], [Anchor(f[0]), Anchor(v1), Anchor(v2)]);

        Assert.Equal(["The newest issued version (number 2, issued 13 March 2026) is missing; the audit log records it"], check.Problems);
    }

    [Fact]
    public void A_newest_revision_replaced_by_a_rehashed_one_or_one_added_without_the_portal_is_caught()
    {
        var f = Chain("F", "one", "two");
        var replaced = Chain("F", "one", "owt");

        Assert.Equal(["Section F's revision number 2 is not the one the audit log records: it was replaced after it was saved"],
            PlanIntegrity.CheckAnchors(replaced, [], f.Select(Anchor)).Problems);
        Assert.Equal(["Section F's revision number 2 has no entry in the audit log: it was not saved by the portal"],
            PlanIntegrity.CheckAnchors(f, [], [Anchor(f[0])]).Problems);
    }

    [Fact]
    public void A_history_saved_before_anchors_were_recorded_is_counted_as_not_anchored_and_not_reported()
    {
        var f = Chain("F", "one", "two");
        var b = Chain("B", "needs");
        var v1 = Issue(1, [f[1], b[0]], PlanIntegrity.Origin);

        var check = PlanIntegrity.CheckAnchors([f[0], .. b], [v1], []);

        Assert.Equal((0, 0, 3), (check.Problems.Count, check.Anchored, check.NotAnchored));
    }

    [Fact]
    public void A_revision_timed_by_the_clock_hashes_the_same_after_the_SQLite_column_has_kept_its_time()
    {
        // The clock gives ticks; the SQLite column keeps a tenth of a millisecond.
        var clock = new DateTimeOffset(2026, 11, 23, 19, 24, 31, TimeSpan.Zero).AddTicks(1_234_567);
        var column = new Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter();
        var at = PlanIntegrity.Timestamp(clock);
        var stored = (DateTimeOffset)column.ConvertFromProvider(column.ConvertToProvider(at))!;

        Assert.Equal(at, stored);
        Assert.Equal(clock.AddTicks(-4_567), at);
        var saved = Revision(at);
        Assert.Equal(saved.Hash, PlanIntegrity.HashOf(Revision(stored, saved.Id)));
    }

    private static SectionRevision Revision(DateTimeOffset at, Guid? id = null) => new SectionRevision
    {
        Id = id ?? Guid.NewGuid(),
        PlanId = PlanId,
        SectionCode = "K",
        Number = 1,
        Content = new SectionContent { Text = "Advice" }.ToJson(),
        Reason = "Because",
        AuthorName = "Priya Shah",
        AuthorRole = PortalRoles.Caseworker,
        CreatedAt = at,
        PreviousHash = PlanIntegrity.Origin,
    }.Seal();
}
