using Devon.Send.Portal.Web.Audit;
using Devon.Send.Portal.Web.Domain;

namespace Devon.Send.Portal.UnitTests.Audit;

public sealed class AuditEntryTests
{
    private static readonly DateTimeOffset At = new(2026, 6, 1, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void An_entry_carries_the_actor_child_time_and_address_as_given()
    {
        var child = Guid.NewGuid();
        var entry = AuditLog.Entry(At, AuditKind.RecordChanged, "Section B changed (revision 2)", child,
            new AuditActor("user-1", "Priya Shah", "Caseworker", "Devon County Council"), "203.0.113.9");

        Assert.Equal(At, entry.At);
        Assert.Equal(AuditKind.RecordChanged, entry.Kind);
        Assert.Equal(("user-1", "Priya Shah", "Caseworker", "Devon County Council"), (entry.ActorUserId, entry.ActorName, entry.ActorRoles, entry.ActorOrganisation));
        Assert.Equal(child, entry.ChildId);
        Assert.Equal("Section B changed (revision 2)", entry.Detail);
        Assert.Equal("203.0.113.9", entry.IpAddress);
    }

    [Fact]
    public void A_detail_too_long_for_its_column_is_cut_short_and_marked()
    {
        var fits = new string('a', AuditEvent.DetailLength);

        Assert.Equal(fits, AuditLog.Entry(At, AuditKind.RecordChanged, fits, null, AuditActor.Named("Retention rule"), null).Detail);
        var cut = AuditLog.Entry(At, AuditKind.RecordChanged, fits + "b", null, AuditActor.Named("Retention rule"), null).Detail;
        Assert.Equal(AuditEvent.DetailLength, cut.Length);
        Assert.EndsWith("a…", cut, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_acts_by_name_alone()
    {
        var entry = AuditLog.Entry(At, AuditKind.RecordDestroyed, "Record destroyed", null, AuditActor.Named("Retention rule"), null);

        Assert.Equal("Retention rule", entry.ActorName);
        Assert.Null(entry.ActorUserId);
        Assert.Null(entry.ActorRoles);
        Assert.Null(entry.ActorOrganisation);
    }
}
