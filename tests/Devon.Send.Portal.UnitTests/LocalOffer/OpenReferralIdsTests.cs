using Devon.Send.Portal.Web.LocalOffer;

namespace Devon.Send.Portal.UnitTests.LocalOffer;

public sealed class OpenReferralIdsTests
{
    [Fact]
    public void Ids_are_RFC_4122_version_5_UUIDs()
    {
        // The RFC's DNS namespace and a well-known published test vector.
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        Assert.Equal(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"), OpenReferralIds.Create(dns, "www.example.com"));
    }

    [Fact]
    public void A_service_keeps_its_id_and_different_things_get_different_ids()
    {
        Assert.Equal(OpenReferralIds.Service("short-breaks"), OpenReferralIds.Service("short-breaks"));
        Assert.NotEqual(OpenReferralIds.Service("short-breaks"), OpenReferralIds.Service("portage-home-visiting"));
        Assert.NotEqual(OpenReferralIds.Service("short-breaks"), OpenReferralIds.Contact("short-breaks"));
        Assert.Equal(OpenReferralIds.Organisation("Example Trust"), OpenReferralIds.Organisation(" example trust "));
    }
}
