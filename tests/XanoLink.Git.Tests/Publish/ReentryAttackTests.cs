using LibGit2Sharp;
using Newtonsoft.Json.Linq;
using XanoLink.Git.Publish;
using XanoLink.Testing;

namespace XanoLink.Git.Tests.Publish;

/// <summary>Re-entry, renames and kept records under conditions the first tests did not cover.</summary>
public sealed class ReentryAttackTests
{
    private const string Orders = "apis/orders/get.json";
    private const string Categories = "tables/category.records.jsonl";

    [Fact]
    public void An_endpoint_the_tenant_renamed_while_out_of_the_selection_keeps_its_name_and_takes_the_source_change()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        SetApis(world, "products/*");
        world.Publish(merge: true);
        RenameTenantEndpoint(world, "orders/get", "orders/fetch");
        world.EditSource(Orders, j => j["description"] = "Reworded while out of the selection");
        world.CommitSource("Reword orders/get");
        SetApis(world, "products/*", "orders/*");

        var back = world.Publish(merge: true).Tenants.Single();

        Assert.True(back.Status == PublishStatus.Published, Describe(back));
        Assert.Null(world.TenantFile("acme", Orders));
        Assert.Contains("Reworded while out of the selection", world.TenantFile("acme", "apis/orders/fetch.json"), StringComparison.Ordinal);
        Assert.Equal(PublishStatus.UpToDate, world.Publish(merge: true).Tenants.Single().Status);
    }

    [Fact]
    public void An_endpoint_the_source_renamed_while_out_of_the_selection_comes_back_under_the_new_name_with_the_tenant_change()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        SetApis(world, "products/*");
        world.Publish(merge: true);
        world.EditTenant("acme", Orders, j => j["auth"] = "none");
        File.Move(Path.Combine(world.Source, Orders), Path.Combine(world.Source, "apis/orders/fetch.json"));
        world.EditSource("apis/orders/fetch.json", j => j["name"] = "orders/fetch");
        world.CommitSource("orders/get is now orders/fetch");
        SetApis(world, "products/*", "orders/*");

        var back = world.Publish(merge: true).Tenants.Single();

        Assert.True(back.Status == PublishStatus.Published, Describe(back));
        Assert.Null(world.TenantFile("acme", Orders));
        Assert.Equal("none", (string?)JObject.Parse(world.TenantFile("acme", "apis/orders/fetch.json")!)["auth"]);
        Assert.Equal(PublishStatus.UpToDate, world.Publish(merge: true).Tenants.Single().Status);
    }

    [Fact]
    public void Records_that_come_back_under_a_table_the_source_renamed_meanwhile_take_the_source_record_changes()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        world.EditManifest(m => ((JObject)m["records"]!).Remove("category"));
        world.CommitSource("category: schema only");
        world.Publish(merge: true);
        world.EditSource(Categories, null, rawTransform: text => text.Replace("\"Tea\"", "\"Green tea\"", StringComparison.Ordinal));
        RenameCategoryToKind(world, records: "all");
        world.CommitSource("category is now kind, records again");

        var back = world.Publish(merge: true).Tenants.Single();

        Assert.True(back.Status == PublishStatus.Published, Describe(back));
        Assert.Null(world.TenantFile("acme", Categories));
        Assert.Contains("\"Green tea\"", world.TenantFile("acme", "tables/kind.records.jsonl"), StringComparison.Ordinal);
        Assert.Equal(PublishStatus.UpToDate, world.Publish(merge: true).Tenants.Single().Status);
    }

    [Fact]
    public void A_table_that_leaves_the_selection_while_the_source_renames_it_keeps_its_records_beside_it()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        world.EditTenant("acme", Categories, null, rawText: world.TenantFile("acme", Categories) + "{\"id\":100,\"name\":\"Acme's\",\"slug\":\"acme\",\"description\":null}\n");
        File.Move(Path.Combine(world.Source, "tables", "category.json"), Path.Combine(world.Source, "tables", "kind.json"));
        File.Move(Path.Combine(world.Source, Categories), Path.Combine(world.Source, "tables", "kind.records.jsonl"));
        world.EditSource("tables/kind.json", j => j["name"] = "kind");
        world.EditSource("tables/product.json", j => ((JObject)((JArray)j["fields"]!).First(f => (string)f["name"]! == "category_id")).Remove("table"));
        world.EditManifest(m =>
        {
            var tables = (JArray)m["include"]!["tables"]!;
            tables.Remove(tables.First(t => (string)t! == "category"));
            ((JObject)m["records"]!).Remove("category");
        });
        world.CommitSource("category renamed to kind and out of the selection");

        var outcome = world.Publish(merge: true).Tenants.Single();

        Assert.True(outcome.Status == PublishStatus.Published, Describe(outcome));
        // Out of the selection, the table stays as the tenant has it, under its old name, and its records with it.
        Assert.NotNull(world.TenantFile("acme", "tables/category.json"));
        Assert.Null(world.TenantFile("acme", "tables/kind.json"));
        Assert.Contains("\"id\":100", world.TenantFile("acme", Categories), StringComparison.Ordinal);
        Assert.Null(world.TenantFile("acme", "tables/kind.records.jsonl"));
        Assert.Equal(PublishStatus.UpToDate, world.Publish(merge: true).Tenants.Single().Status);
    }

    private static void RenameTenantEndpoint(PublishWorld world, string from, string to)
    {
        var text = world.TenantFile("acme", $"apis/{from}.json")!;
        var json = JObject.Parse(text);
        json["name"] = to;
        using var repo = new Repository(world.TenantPath("acme"));
        PublishWorld.Commit(repo, "main", "Tenant renames " + from, new Dictionary<string, string?> { [$"apis/{from}.json"] = null, [$"apis/{to}.json"] = XanoLink.Json.CanonicalJson.ToText(json) });
    }

    private static void RenameCategoryToKind(PublishWorld world, string? records)
    {
        File.Move(Path.Combine(world.Source, "tables", "category.json"), Path.Combine(world.Source, "tables", "kind.json"));
        File.Move(Path.Combine(world.Source, Categories), Path.Combine(world.Source, "tables", "kind.records.jsonl"));
        world.EditSource("tables/kind.json", j => j["name"] = "kind");
        world.EditSource("tables/product.json", j => ((JArray)j["fields"]!).First(f => (string)f["name"]! == "category_id")["table"] = "kind");
        world.EditManifest(m =>
        {
            var tables = (JArray)m["include"]!["tables"]!;
            tables.Remove(tables.First(t => (string)t! == "category"));
            tables.Add("kind");
            ((JObject)m["records"]!).Remove("category");
            if (records is not null)
            {
                m["records"]!["kind"] = records;
            }
        });
    }

    private static string Describe(TenantOutcome outcome) =>
        $"{outcome.Status} {outcome.Code} {outcome.Error}\n" + string.Join("\n", (outcome.Conflicts ?? []).Concat(outcome.DataLoss ?? []));

    private static void SetApis(PublishWorld world, params string[] apis)
    {
        world.EditManifest(m => m["include"]!["apis"] = new JArray(apis));
        world.CommitSource("apis: " + string.Join(", ", apis));
    }
}
