using LibGit2Sharp;
using Newtonsoft.Json.Linq;
using XanoLink.Git.Publish;

namespace XanoLink.Git.Tests.Publish;

/// <summary>
/// Renames while something is out of the selection, or as it leaves or comes back: on the source's side or the
/// tenant's, of endpoints and of tables with their records, and killed midway. What comes back merges against the version
/// last sent wherever either side moved it, and records stay beside their table.
/// </summary>
public sealed class ReentryRenameTests
{
    private const string Orders = "apis/orders/get.json";
    private const string Categories = "tables/category.records.jsonl";

    [Fact]
    public void An_endpoint_the_tenant_renamed_while_out_of_the_selection_keeps_its_name_and_takes_the_source_change()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        ReentrySteps.SetApis(world, "products/*");
        world.Publish(merge: true);
        RenameTenantEndpoint(world, "orders/get", "orders/fetch");
        world.EditSource(Orders, j => j["description"] = "Reworded while out of the selection");
        world.CommitSource("Reword orders/get");
        ReentrySteps.SetApis(world, "products/*", "orders/*");

        var back = world.Publish(merge: true).Tenants.Single();

        Assert.True(back.Status == PublishStatus.Published, ReentrySteps.Describe(back));
        Assert.Null(world.TenantFile("acme", Orders));
        Assert.Contains("Reworded while out of the selection", world.TenantFile("acme", "apis/orders/fetch.json"), StringComparison.Ordinal);
        Assert.Equal(PublishStatus.UpToDate, world.Publish(merge: true).Tenants.Single().Status);
    }

    [Fact]
    public void An_endpoint_the_source_renamed_while_out_of_the_selection_comes_back_under_the_new_name_with_the_tenant_change()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        ReentrySteps.SetApis(world, "products/*");
        world.Publish(merge: true);
        world.EditTenant("acme", Orders, j => j["auth"] = "none");
        File.Move(Path.Combine(world.Source, Orders), Path.Combine(world.Source, "apis/orders/fetch.json"));
        world.EditSource("apis/orders/fetch.json", j => j["name"] = "orders/fetch");
        world.CommitSource("orders/get is now orders/fetch");
        ReentrySteps.SetApis(world, "products/*", "orders/*");

        var back = world.Publish(merge: true).Tenants.Single();

        Assert.True(back.Status == PublishStatus.Published, ReentrySteps.Describe(back));
        Assert.Null(world.TenantFile("acme", Orders));
        Assert.Equal("none", (string?)JObject.Parse(world.TenantFile("acme", "apis/orders/fetch.json")!)["auth"]);
        Assert.Equal(PublishStatus.UpToDate, world.Publish(merge: true).Tenants.Single().Status);
    }

    [Fact]
    public void Records_that_come_back_under_a_table_the_source_renamed_meanwhile_take_the_source_record_changes()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        ReentrySteps.SetCategoryRecords(world, null, "category: schema only");
        world.Publish(merge: true);
        world.EditSource(Categories, null, rawTransform: text => text.Replace("\"Tea\"", "\"Green tea\"", StringComparison.Ordinal));
        ReentrySteps.RenameCategoryToKind(world, records: "all");
        world.CommitSource("category is now kind, records again");

        var back = world.Publish(merge: true).Tenants.Single();

        Assert.True(back.Status == PublishStatus.Published, ReentrySteps.Describe(back));
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
        world.RenameCategoryTable("category", "kind");
        world.EditSource("tables/product.json", j => ((JObject)((JArray)j["fields"]!).First(f => (string)f["name"]! == "category_id")).Remove("table"));
        world.EditManifest(m =>
        {
            var tables = (JArray)m["include"]!["tables"]!;
            tables.Remove(tables.First(t => (string)t! == "kind"));
            ((JObject)m["records"]!).Remove("kind");
        });
        world.CommitSource("category renamed to kind and out of the selection");

        var outcome = world.Publish(merge: true).Tenants.Single();

        Assert.True(outcome.Status == PublishStatus.Published, ReentrySteps.Describe(outcome));
        // Out of the selection, the table stays as the tenant has it, under its old name, and its records with it.
        Assert.NotNull(world.TenantFile("acme", "tables/category.json"));
        Assert.Null(world.TenantFile("acme", "tables/kind.json"));
        Assert.Contains("\"id\":100", world.TenantFile("acme", Categories), StringComparison.Ordinal);
        Assert.Null(world.TenantFile("acme", "tables/kind.records.jsonl"));
        Assert.Equal(PublishStatus.UpToDate, world.Publish(merge: true).Tenants.Single().Status);
    }

    [Fact]
    public void A_tenant_table_at_the_name_a_source_rename_moves_to_is_a_guid_collision_and_nothing_is_written()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        world.EditTenant("acme", "tables/kind.json", j =>
        {
            j["guid"] = "tbl-acme-kind";
            j["name"] = "kind";
            j["fields"] = new JArray(new JObject { ["name"] = "id", ["type"] = "int" }, new JObject { ["name"] = "label", ["type"] = "text" });
        });
        world.EditTenant("acme", "tables/kind.records.jsonl", null, rawText: "{\"id\":1,\"label\":\"Acme's own kind\"}\n");
        ReentrySteps.RenameCategoryToKind(world, records: null);
        world.CommitSource("category is now kind, schema only");
        var before = PublishWorld.Refs(world.TenantPath("acme"));

        var outcome = world.Publish(merge: true).Tenants.Single();

        Assert.Equal(("XL4011", PublishStatus.Failed), (outcome.Code, outcome.Status));
        Assert.Equal(before, PublishWorld.Refs(world.TenantPath("acme")));
    }

    [Fact]
    public void A_XanoScript_table_the_source_renames_and_stops_sending_records_of_keeps_the_tenant_records_with_it()
    {
        using var world = new XanoScriptPublishTests.World();
        world.Publish();
        world.EditTenant("acme", "table/product.records.jsonl", t => t + "{\"id\":100,\"name\":\"Acme's\",\"price\":3}\n");
        File.Move(Path.Combine(world.Source, "table/product.xs"), Path.Combine(world.Source, "table/item.xs"));
        File.Move(Path.Combine(world.Source, "table/product.records.jsonl"), Path.Combine(world.Source, "table/item.records.jsonl"));
        world.EditSource("table/item.xs", t => t.Replace("table product {", "table item {", StringComparison.Ordinal));
        world.EditSource("api/products/list_get.xs", t => t.Replace("db.query product {", "db.query item {", StringComparison.Ordinal));
        world.EditSource("xanolink.json", t =>
        {
            var manifest = JObject.Parse(t);
            manifest["records"] = new JObject();
            return XanoLink.Json.CanonicalJson.ToText(manifest);
        });
        world.CommitSource("product is now item, schema only");

        var outcome = world.Publish().Tenants.Single(t => t.Name == "acme");

        Assert.True(outcome.Status == PublishStatus.Published, ReentrySteps.Describe(outcome));
        Assert.Null(world.TenantFile("acme", "table/product.records.jsonl"));
        Assert.Contains("\"id\":100", world.TenantFile("acme", "table/item.records.jsonl"), StringComparison.Ordinal);
        Assert.Equal(PublishStatus.UpToDate, world.Publish().Tenants.Single(t => t.Name == "acme").Status);
    }

    [Theory]
    [InlineData(FaultPoints.BranchMoved)]
    [InlineData(FaultPoints.SnapshotRefMoved)]
    public void A_reentry_after_a_source_rename_killed_before_live_moved_completes_on_the_rerun(string point)
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        ReentrySteps.SetApis(world, "products/*");
        world.Publish(merge: true);
        world.EditTenant("acme", Orders, j => j["auth"] = "none");
        File.Move(Path.Combine(world.Source, Orders), Path.Combine(world.Source, "apis/orders/fetch.json"));
        world.EditSource("apis/orders/fetch.json", j => j["name"] = "orders/fetch");
        world.CommitSource("orders/get is now orders/fetch");
        ReentrySteps.SetApis(world, "products/*", "orders/*");
        FaultPoints.Current = p =>
        {
            if (p == point)
            {
                throw new InvalidOperationException("killed at " + p);
            }
        };
        try
        {
            _ = Record.Exception(() => world.Publish(merge: true));
        }
        finally
        {
            FaultPoints.Current = null;
        }

        Assert.NotNull(world.TenantFile("acme", Orders));
        var rerun = world.Publish(merge: true).Tenants.Single();

        Assert.True(rerun.Status == PublishStatus.Published, ReentrySteps.Describe(rerun));
        Assert.Null(world.TenantFile("acme", Orders));
        Assert.Equal("none", (string?)JObject.Parse(world.TenantFile("acme", "apis/orders/fetch.json")!)["auth"]);
        Assert.Equal(PublishStatus.UpToDate, world.Publish(merge: true).Tenants.Single().Status);
        world.FsckTenants();
    }

    [Fact]
    public void Tenant_records_of_a_schema_only_table_follow_a_source_rename()
    {
        using var world = new PublishWorld("acme");
        ReentrySteps.SetCategoryRecords(world, null, "category: schema only");
        world.Publish(merge: true);
        world.EditTenant("acme", Categories, null, rawText: "{\"id\":100,\"name\":\"Acme's\",\"slug\":\"acme\",\"description\":null}\n");
        ReentrySteps.RenameCategoryToKind(world, records: null);
        world.CommitSource("category is now kind");

        var outcome = world.Publish(merge: true).Tenants.Single();

        Assert.True(outcome.Status == PublishStatus.Published, ReentrySteps.Describe(outcome));
        Assert.Null(world.TenantFile("acme", Categories));
        Assert.Contains("\"id\":100", world.TenantFile("acme", "tables/kind.records.jsonl"), StringComparison.Ordinal);
        Assert.Equal(PublishStatus.UpToDate, world.Publish(merge: true).Tenants.Single().Status);
    }

    [Fact]
    public void A_table_the_tenant_renamed_while_out_of_the_selection_keeps_its_name_and_records_and_takes_the_source_record_change()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        world.EditSource("tables/product.json", j => ((JObject)((JArray)j["fields"]!).First(f => (string)f["name"]! == "category_id")).Remove("table"));
        world.EditManifest(m =>
        {
            var tables = (JArray)m["include"]!["tables"]!;
            tables.Remove(tables.First(t => (string)t! == "category"));
            ((JObject)m["records"]!).Remove("category");
        });
        world.CommitSource("category out of the selection");
        Assert.Equal(PublishStatus.Published, world.Publish(merge: true).Tenants.Single().Status);
        var table = JObject.Parse(world.TenantFile("acme", "tables/category.json")!);
        table["name"] = "cat";
        using (var repo = new Repository(world.TenantPath("acme")))
        {
            PublishWorld.Commit(repo, "main", "Tenant renames category to cat", new Dictionary<string, string?>
            {
                ["tables/category.json"] = null,
                [Categories] = null,
                ["tables/cat.json"] = XanoLink.Json.CanonicalJson.ToText(table),
                ["tables/cat.records.jsonl"] = world.TenantFile("acme", Categories) + "{\"id\":100,\"name\":\"Acme's\",\"slug\":\"acme\",\"description\":null}\n",
            });
        }

        world.EditSource(Categories, null, rawTransform: text => text.Replace("\"Tea\"", "\"Green tea\"", StringComparison.Ordinal));
        world.EditSource("tables/product.json", j => ((JArray)j["fields"]!).First(f => (string)f["name"]! == "category_id")["table"] = "category");
        world.EditManifest(m =>
        {
            ((JArray)m["include"]!["tables"]!).Add("category");
            m["records"]!["category"] = "all";
        });
        world.CommitSource("category back, Tea renamed");

        var back = world.Publish(merge: true).Tenants.Single();

        Assert.True(back.Status == PublishStatus.Published, ReentrySteps.Describe(back));
        Assert.Null(world.TenantFile("acme", "tables/category.json"));
        var records = world.TenantFile("acme", "tables/cat.records.jsonl")!;
        Assert.Contains("\"Green tea\"", records, StringComparison.Ordinal);
        Assert.Contains("\"id\":100", records, StringComparison.Ordinal);
        Assert.Equal(PublishStatus.UpToDate, world.Publish(merge: true).Tenants.Single().Status);
    }

    [Fact]
    public void Records_that_come_back_after_their_table_was_renamed_and_back_merge_against_the_version_sent_under_the_other_name()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        world.EditSource(Categories, null, rawTransform: text => text.Replace("\"Tea\"", "\"Tea 2\"", StringComparison.Ordinal));
        world.RenameCategoryTable("category", "kind");
        world.CommitSource("category is now kind, Tea 2");
        Assert.Equal(PublishStatus.Published, world.Publish(merge: true).Tenants.Single().Status);
        world.RenameCategoryTable("kind", "category");
        world.EditManifest(m => ((JObject)m["records"]!).Remove("category"));
        world.CommitSource("kind is category again, schema only");
        Assert.Equal(PublishStatus.Published, world.Publish(merge: true).Tenants.Single().Status);
        world.EditSource(Categories, null, rawTransform: text => text.Replace("\"Tea 2\"", "\"Tea 3\"", StringComparison.Ordinal));
        world.EditManifest(m => m["records"]!["category"] = "all");
        world.CommitSource("category records again, Tea 3");

        var back = world.Publish(merge: true).Tenants.Single();

        Assert.True(back.Status == PublishStatus.Published, ReentrySteps.Describe(back));
        Assert.Contains("\"Tea 3\"", world.TenantFile("acme", Categories), StringComparison.Ordinal);
    }

    private static void RenameTenantEndpoint(PublishWorld world, string from, string to)
    {
        var text = world.TenantFile("acme", $"apis/{from}.json")!;
        var json = JObject.Parse(text);
        json["name"] = to;
        using var repo = new Repository(world.TenantPath("acme"));
        PublishWorld.Commit(repo, "main", "Tenant renames " + from, new Dictionary<string, string?> { [$"apis/{from}.json"] = null, [$"apis/{to}.json"] = XanoLink.Json.CanonicalJson.ToText(json) });
    }
}
