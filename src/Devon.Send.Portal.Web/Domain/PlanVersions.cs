namespace Devon.Send.Portal.Web.Domain;

/// <summary>A version of a plan already issued, as issuing the next one needs it.</summary>
public sealed record IssuedVersion(Guid PlanId, int Number, PlanVersionKind Kind, string Hash);

/// <summary>The latest revision of one section, as issuing a version names it.</summary>
public sealed record LatestRevision(Guid Id, Guid PlanId, string SectionCode, string Hash);

/// <summary>Issuing a plan version: the only way a <see cref="PlanVersion"/> is made.</summary>
public static class PlanVersions
{
    /// <summary>
    /// The next version of plan <paramref name="planId"/>, sealed and chained to the last one issued, naming the
    /// latest revision of every section. Throws if the kind may not be issued next (<see cref="PlanVersion.NextKinds"/>),
    /// or if the versions or revisions given are not this plan's, in order, one a section.
    /// </summary>
    /// <param name="issued">Every version of the plan issued so far, in order.</param>
    /// <param name="sections">The latest revision of each section that has one.</param>
    /// <param name="service">How a draft or proposed amendments reach the family; by email on the day of issue when not given.</param>
    public static PlanVersion Issue(
        Guid planId,
        IReadOnlyList<IssuedVersion> issued,
        IReadOnlyCollection<LatestRevision> sections,
        PlanVersionKind kind,
        DateTimeOffset at,
        string? issuedById,
        string issuedByName,
        string issuedByRole,
        int openFindings,
        string? overrideReason,
        ServiceOnFamily? service = null)
    {
        for (var i = 0; i < issued.Count; i++)
        {
            if (issued[i].PlanId != planId || issued[i].Number != i + 1)
            {
                throw new ArgumentException("The versions issued must be this plan's, numbered 1, 2, 3… in order.", nameof(issued));
            }
        }

        if (!PlanVersion.NextKinds([.. issued.Select(v => v.Kind)]).Contains(kind))
        {
            throw new InvalidOperationException($"A {kind} cannot be issued next.");
        }

        if (sections.Any(r => r.PlanId != planId))
        {
            throw new ArgumentException("Every revision a version names must be one of this plan's.", nameof(sections));
        }

        if (sections.Any(r => !PlanSections.IsCode(r.SectionCode)) || sections.DistinctBy(r => r.SectionCode).Count() != sections.Count)
        {
            throw new ArgumentException("A version names at most one revision of each plan section.", nameof(sections));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(openFindings);
        ArgumentException.ThrowIfNullOrWhiteSpace(issuedByName);
        ArgumentNullException.ThrowIfNull(issuedByRole);

        var issuedAt = PlanIntegrity.Timestamp(at);
        if (PlanVersion.AsksFamilyToRespond(kind))
        {
            service ??= new ServiceOnFamily(ServiceMethod.Email, DateOnly.FromDateTime(issuedAt.ToUkTime().DateTime));
            if (service.LaterRespondByProblem is { } problem)
            {
                throw new ArgumentException(problem, nameof(service));
            }
        }
        else
        {
            service = null;
        }

        var version = new PlanVersion
        {
            PlanId = planId,
            Number = issued.Count + 1,
            Kind = kind,
            KindNumber = issued.Count(v => v.Kind == kind) + 1,
            IssuedAt = issuedAt,
            ServedBy = service?.Method,
            ServedOn = service?.ServedOn,
            RespondBy = service?.RespondBy,
            IssuedById = issuedById,
            IssuedByName = issuedByName,
            IssuedByRole = issuedByRole,
            OpenFindings = openFindings,
            OverrideReason = string.IsNullOrWhiteSpace(overrideReason) ? null : overrideReason.Trim(),
            PreviousHash = issued.Count == 0 ? PlanIntegrity.Origin : issued[^1].Hash,
            Sections = [],
        };
        version.Sections.AddRange(sections.Select(r => new PlanVersionSection { VersionId = version.Id, SectionCode = r.SectionCode, RevisionId = r.Id }));
        return version.Seal(sections.ToDictionary(r => r.SectionCode, r => r.Hash));
    }
}
