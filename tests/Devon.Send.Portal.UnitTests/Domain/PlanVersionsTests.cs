using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Domain;

public sealed class PlanVersionsTests
{
    private static readonly Guid PlanId = Guid.NewGuid();
    private static readonly DateTimeOffset At = new DateTimeOffset(2026, 6, 1, 9, 30, 15, TimeSpan.Zero).AddTicks(1234);

    private static readonly LatestRevision[] Sections =
    [
        new(Guid.NewGuid(), PlanId, "B", new string('b', 64)),
        new(Guid.NewGuid(), PlanId, "F", new string('f', 64)),
    ];

    private static PlanVersion Issue(IReadOnlyList<IssuedVersion> issued, PlanVersionKind kind, IReadOnlyCollection<LatestRevision>? sections = null,
        int openFindings = 0, string? overrideReason = null) =>
        PlanVersions.Issue(PlanId, issued, sections ?? Sections, kind, At, "user-1", "Priya Shah", PortalRoles.Caseworker, openFindings, overrideReason);

    private static IssuedVersion Issued(int number, PlanVersionKind kind) => new(PlanId, number, kind, new string((char)('0' + number), 64));

    [Fact]
    public void The_first_version_is_draft_1_chained_to_the_origin_naming_every_sections_latest_revision()
    {
        var version = Issue([], PlanVersionKind.Draft);

        Assert.Equal(PlanId, version.PlanId);
        Assert.Equal(1, version.Number);
        Assert.Equal("Draft 1", version.Label);
        Assert.Equal(PlanIntegrity.Origin, version.PreviousHash);
        Assert.Equal(PlanIntegrity.Timestamp(At), version.IssuedAt);
        Assert.Equal(Sections.Select(s => (s.SectionCode, s.Id)), version.Sections.Select(s => (s.SectionCode, s.RevisionId)));
        Assert.All(version.Sections, s => Assert.Equal(version.Id, s.VersionId));
        Assert.Equal(PlanIntegrity.HashOf(version, Sections.ToDictionary(s => s.SectionCode, s => s.Hash)), version.Hash);
    }

    [Fact]
    public void A_later_version_is_numbered_on_and_chained_to_the_last_one()
    {
        var version = Issue([Issued(1, PlanVersionKind.Draft), Issued(2, PlanVersionKind.Draft), Issued(3, PlanVersionKind.Final)], PlanVersionKind.AmendmentDraft);

        Assert.Equal(4, version.Number);
        Assert.Equal(1, version.KindNumber);
        Assert.Equal(Issued(3, PlanVersionKind.Final).Hash, version.PreviousHash);

        Assert.Equal(3, Issue([Issued(1, PlanVersionKind.Draft), Issued(2, PlanVersionKind.Draft)], PlanVersionKind.Draft).KindNumber);
    }

    [Theory]
    [InlineData(PlanVersionKind.Final)]
    [InlineData(PlanVersionKind.AmendmentDraft)]
    [InlineData(PlanVersionKind.AmendedFinal)]
    public void Only_a_draft_can_be_issued_first(PlanVersionKind kind) =>
        Assert.Throws<InvalidOperationException>(() => Issue([], kind));

    [Fact]
    public void A_second_final_plan_or_an_amended_plan_without_proposed_amendments_cannot_be_issued()
    {
        IssuedVersion[] final = [Issued(1, PlanVersionKind.Draft), Issued(2, PlanVersionKind.Final)];

        Assert.Throws<InvalidOperationException>(() => Issue(final, PlanVersionKind.Final));
        Assert.Throws<InvalidOperationException>(() => Issue(final, PlanVersionKind.AmendedFinal));
    }

    [Fact]
    public void A_revision_of_another_plan_cannot_be_named() =>
        Assert.Throws<ArgumentException>(() => Issue([], PlanVersionKind.Draft, [.. Sections, new(Guid.NewGuid(), Guid.NewGuid(), "K", new string('k', 64))]));

    [Theory]
    [InlineData("F")]
    [InlineData("Z")]
    public void A_section_is_named_once_and_must_be_a_plan_section(string code) =>
        Assert.Throws<ArgumentException>(() => Issue([], PlanVersionKind.Draft, [.. Sections, new(Guid.NewGuid(), PlanId, code, new string('x', 64))]));

    [Fact]
    public void The_versions_issued_must_be_this_plans_and_in_order()
    {
        Assert.Throws<ArgumentException>(() => Issue([Issued(2, PlanVersionKind.Draft)], PlanVersionKind.Draft));
        Assert.Throws<ArgumentException>(() => Issue([new IssuedVersion(Guid.NewGuid(), 1, PlanVersionKind.Draft, "h")], PlanVersionKind.Draft));
    }

    [Fact]
    public void Open_findings_cannot_be_negative_and_a_blank_override_reason_is_none()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Issue([], PlanVersionKind.Draft, openFindings: -1));
        Assert.Null(Issue([], PlanVersionKind.Draft, openFindings: 2, overrideReason: "  ").OverrideReason);
        Assert.Equal("Agreed at panel", Issue([], PlanVersionKind.Draft, openFindings: 2, overrideReason: " Agreed at panel ").OverrideReason);
    }

    [Fact]
    public void A_plan_with_no_sections_yet_gives_a_version_naming_none() =>
        Assert.Empty(Issue([], PlanVersionKind.Draft, []).Sections);
}
