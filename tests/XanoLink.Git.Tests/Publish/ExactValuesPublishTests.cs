using XanoLink.Git.Publish;

namespace XanoLink.Git.Tests.Publish;

/// <summary>Issue 9 end to end: record values reach a tenant byte for byte as the source wrote them.</summary>
public sealed class ExactValuesPublishTests
{
    private const string Records =
        "{\"id\":1,\"name\":\"Huge\",\"price\":1e400,\"stock\":-0}\n" +
        "{\"id\":2,\"name\":\"Long\",\"price\":12345678901234567890.5,\"stock\":1e5}\n" +
        "{\"id\":3,\"name\":\"Fine\",\"price\":1.000000000000000000001,\"stock\":1e-400}\n";

    [Fact]
    public void Published_records_keep_every_number_text()
    {
        using var world = new PublishWorld("acme");
        File.WriteAllText(Path.Combine(world.Source, "tables", "product.records.jsonl"), Records + "{\"id\":4,\"name\":\"Not selected\",\"price\":2.50}\n");
        world.CommitSource("Awkward prices");

        var first = world.Publish(merge: true).Tenants.Single();

        Assert.Equal(PublishStatus.Published, first.Status);
        Assert.Equal(Records, world.TenantFile("acme", "tables/product.records.jsonl"));

        // A second publish merges the tenant's live records with the new snapshot: the numbers still come through.
        world.EditSource("tables/product.json", j => j["description"] = "Items for sale, exactly priced");
        world.CommitSource("Describe products");
        var second = world.Publish(merge: true).Tenants.Single();

        Assert.Equal(PublishStatus.Published, second.Status);
        Assert.Equal(Records, world.TenantFile("acme", "tables/product.records.jsonl"));
        Assert.Contains("exactly priced", world.TenantFile("acme", "tables/product.json"), StringComparison.Ordinal);
        world.FsckTenants();
    }
}
