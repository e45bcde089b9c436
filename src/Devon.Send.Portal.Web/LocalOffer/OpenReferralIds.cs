using System.Security.Cryptography;
using System.Text;

namespace Devon.Send.Portal.Web.LocalOffer;

/// <summary>
/// Open Referral UK ids are name-based UUIDs (RFC 4122 version 5) made from the page's address and the thing's
/// name, so a service keeps its id through every rebuild, restart and server, and no id is ever stored.
/// </summary>
public static class OpenReferralIds
{
    private static readonly Guid Namespace = new("2b1f8d3e-4c6a-4f0e-9d57-6a8e1c0b7f42");

    public static Guid Service(string slug) => Create(Namespace, "service/" + slug);

    public static Guid Organisation(string name) => Create(Namespace, "organization/" + name.Trim().ToUpperInvariant());

    public static Guid Contact(string slug) => Create(Namespace, "contact/" + slug);

    public static Guid CostOption(string slug) => Create(Namespace, "cost-option/" + slug);

    public static Guid ServiceArea(string slug, string district) => Create(Namespace, $"service-area/{slug}/{district}");

    public static Guid Attribute(string slug, Guid term) => Create(Namespace, $"attribute/{slug}/{term}");

    public static Guid Taxonomy(string name) => Create(Namespace, "taxonomy/" + name);

    public static Guid TaxonomyTerm(string taxonomy, string term) => Create(Namespace, $"taxonomy-term/{taxonomy}/{term}");

    /// <summary>A version 5 UUID for a name within a namespace (RFC 4122, section 4.3).</summary>
    public static Guid Create(Guid ns, string name)
    {
        var input = new byte[16 + Encoding.UTF8.GetByteCount(name)];
        ns.TryWriteBytes(input, bigEndian: true, out _);
        Encoding.UTF8.GetBytes(name, input.AsSpan(16));
#pragma warning disable CA5350 // SHA-1 is what RFC 4122 version 5 names ids with; nothing here is a secret.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
