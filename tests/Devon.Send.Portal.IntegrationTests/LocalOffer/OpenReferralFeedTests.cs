using System.Net;
using System.Text.Json;
using Devon.Send.Portal.Web.LocalOffer;
using Microsoft.Extensions.DependencyInjection;

namespace Devon.Send.Portal.IntegrationTests.LocalOffer;

/// <summary>The Open Referral UK 3.0 feed, checked field by field against the standard's schemas.</summary>
public sealed class OpenReferralFeedTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private IReadOnlyList<LocalOfferPage> Services => [.. factory.Services.GetRequiredService<LocalOfferLibrary>().Current.Services];

    [Fact]
    public async Task Get_Root_NamesTheVersionAndIsOpenToEverySite()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/open-referral");
        request.Headers.Add("Origin", "https://directory.example.org");

        var response = await client.SendAsync(request);
        var json = await JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("3.0", json.GetProperty("version").GetString());
        OpenReferralSchema.Check("api info", json, OpenReferralSchema.ApiInfo);
    }

    [Fact]
    public async Task Get_Services_IsPagedWithTheOpenReferralEnvelope()
    {
        using var client = factory.CreateClient();
        var count = Services.Count;

        var first = await JsonAsync(await client.GetAsync(new Uri("/open-referral/services?per_page=3", UriKind.Relative)));
        var last = await JsonAsync(await client.GetAsync(new Uri($"/open-referral/services?per_page=3&page={(count + 2) / 3}", UriKind.Relative)));
        var beyond = await JsonAsync(await client.GetAsync(new Uri($"/open-referral/services?per_page=3&page={(count + 5) / 3}", UriKind.Relative)));

        Assert.True(count >= 5, $"{count} services");
        Assert.Equal(count, first.GetProperty("total_items").GetInt32());
        Assert.Equal((count + 2) / 3, first.GetProperty("total_pages").GetInt32());
        Assert.Equal(3, first.GetProperty("size").GetInt32());
        Assert.True(first.GetProperty("first_page").GetBoolean());
        Assert.False(first.GetProperty("last_page").GetBoolean());
        Assert.True(last.GetProperty("last_page").GetBoolean());
        Assert.Equal(count - (3 * ((count - 1) / 3)), last.GetProperty("contents").GetArrayLength());
        Assert.True(beyond.GetProperty("empty").GetBoolean());
        Assert.Equal(0, beyond.GetProperty("size").GetInt32());
    }

    [Theory]
    [InlineData("search=portage", new[] { "Portage home visiting" })]
    [InlineData("search=travel+training", new[] { "Independent travel training" })]
    [InlineData("minimum_age=19", new[] { "Independent travel training", "Local parent support groups" })]
    [InlineData("maximum_age=1", new[] { "Local parent support groups", "Portage home visiting", "Speech and language drop-in for families" })]
    [InlineData("minimum_age=6&maximum_age=7", new[] { "Autism family support service", "Local parent support groups", "Speech and language drop-in for families" })]
    [InlineData("modified_after=2026-09-01T00:00:00Z", new[] { "Speech and language drop-in for families" })]
    public async Task Get_Services_Filtered_ReturnsOnlyMatchingServices(string query, string[] names)
    {
        using var client = factory.CreateClient();

        var json = await JsonAsync(await client.GetAsync(new Uri("/open-referral/services?" + query, UriKind.Relative)));

        Assert.Equal(names, json.GetProperty("contents").EnumerateArray().Select(s => s.GetProperty("name").GetString()).Order());
    }

    [Fact]
    public async Task Get_Services_ByTaxonomyTerm_ReturnsServicesInThatCategoryOrForThatAudience()
    {
        using var client = factory.CreateClient();
        var autism = OpenReferralIds.TaxonomyTerm(OpenReferral.CategoriesTaxonomy, "Autism");
        var youngPeople = OpenReferralIds.TaxonomyTerm(OpenReferral.AudiencesTaxonomy, "young people");

        var byCategory = await JsonAsync(await client.GetAsync(new Uri($"/open-referral/services?taxonomy_term_id={autism}", UriKind.Relative)));
        var byAudience = await JsonAsync(await client.GetAsync(new Uri($"/open-referral/services?taxonomy_term_id={youngPeople}", UriKind.Relative)));

        Assert.Equal(["Autism family support service"], byCategory.GetProperty("contents").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(Services.Count(s => s.Document.Audiences.Contains("young people")), byAudience.GetProperty("total_items").GetInt32());
    }

    [Theory]
    [InlineData("/open-referral/services?page=0")]
    [InlineData("/open-referral/services?per_page=100000")]
    [InlineData("/open-referral/services?minimum_age=old")]
    [InlineData("/open-referral/services?taxonomy_term_id=autism")]
    [InlineData("/open-referral/services?modified_after=yesterday")]
    public async Task Get_Services_WithABadParameter_IsRefusedWithAJsonExplanation(string url)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await JsonAsync(response)).GetProperty("errors").EnumerateArray());
    }

    [Theory]
    [InlineData("/open-referral/services/")]
    [InlineData("/open-referral/taxonomies/")]
    [InlineData("/open-referral/taxonomy_terms/")]
    public async Task Get_UnknownId_Returns404AsJson(string prefix)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri(prefix + Guid.NewGuid(), UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is no", (await JsonAsync(response)).GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Service_IsTheFullNestedServiceWithAnIdDerivedFromItsPage()
    {
        using var client = factory.CreateClient();
        var id = OpenReferralIds.Service("portage-home-visiting");

        var json = await JsonAsync(await client.GetAsync(new Uri($"/open-referral/services/{id}", UriKind.Relative)));

        Assert.Equal(id.ToString(), json.GetProperty("id").GetString());
        Assert.Equal("Example Early Years Inclusion Service", json.GetProperty("organization").GetProperty("name").GetString());
        Assert.Equal("Portage team", json.GetProperty("contacts")[0].GetProperty("name").GetString());
        Assert.Equal("Free", json.GetProperty("cost_options")[0].GetProperty("amount_description").GetString());
        Assert.Equal(["Mid Devon", "North Devon", "Torridge"], json.GetProperty("service_areas").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(0, json.GetProperty("minimum_age").GetInt32());
        Assert.Equal(5, json.GetProperty("maximum_age").GetInt32());
        Assert.Equal("2026-05-05", json.GetProperty("assured_date").GetString());
        Assert.Contains("illustrative example", json.GetProperty("alert").GetString(), StringComparison.Ordinal);
        Assert.Contains("Who it is for: Children from birth", json.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains(json.GetProperty("attributes").EnumerateArray(), a => a.GetProperty("link_type").GetString() == "category" && a.GetProperty("taxonomy_term").GetProperty("term").GetString() == "Early years");
    }

    [Fact]
    public async Task Every_field_of_every_response_is_in_the_Open_Referral_UK_field_list_with_the_right_type()
    {
        using var client = factory.CreateClient();
        var list = await JsonAsync(await client.GetAsync(new Uri("/open-referral/services?per_page=500", UriKind.Relative)));
        OpenReferralSchema.Check("service list", list, OpenReferralSchema.PageOf(OpenReferralSchema.ServiceListItem));
        var checkedServices = 0;
        foreach (var item in list.GetProperty("contents").EnumerateArray())
        {
            var full = await JsonAsync(await client.GetAsync(new Uri($"/open-referral/services/{item.GetProperty("id").GetString()}", UriKind.Relative)));
            OpenReferralSchema.Check("service " + item.GetProperty("name").GetString(), full, OpenReferralSchema.Service);
            checkedServices++;
        }

        var taxonomies = await JsonAsync(await client.GetAsync(new Uri("/open-referral/taxonomies", UriKind.Relative)));
        OpenReferralSchema.Check("taxonomies", taxonomies, OpenReferralSchema.PageOf(OpenReferralSchema.Taxonomy));
        foreach (var taxonomy in taxonomies.GetProperty("contents").EnumerateArray())
        {
            var full = await JsonAsync(await client.GetAsync(new Uri($"/open-referral/taxonomies/{taxonomy.GetProperty("id").GetString()}", UriKind.Relative)));
            OpenReferralSchema.Check("taxonomy", full, OpenReferralSchema.Taxonomy);
            Assert.NotEmpty(full.GetProperty("taxonomy_terms").EnumerateArray());
        }

        var terms = await JsonAsync(await client.GetAsync(new Uri("/open-referral/taxonomy_terms?per_page=100", UriKind.Relative)));
        OpenReferralSchema.Check("taxonomy terms", terms, OpenReferralSchema.PageOf(OpenReferralSchema.TaxonomyTerm));
        var term = terms.GetProperty("contents")[0];
        OpenReferralSchema.Check("taxonomy term", await JsonAsync(await client.GetAsync(new Uri($"/open-referral/taxonomy_terms/{term.GetProperty("id").GetString()}", UriKind.Relative))), OpenReferralSchema.TaxonomyTerm);

        Assert.Equal(Services.Count, checkedServices);
        Assert.Equal(LocalOfferTaxonomy.Categories.Count + LocalOfferTaxonomy.Audiences.Count, terms.GetProperty("total_items").GetInt32());
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
