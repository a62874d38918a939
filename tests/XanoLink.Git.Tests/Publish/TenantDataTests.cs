using Newtonsoft.Json.Linq;
using XanoLink.Git.Publish;

namespace XanoLink.Git.Tests.Publish;

/// <summary>Issue 9: a tenant's data and customizations are never lost by a publish.</summary>
public sealed class TenantDataTests
{
    private const string Endpoint = "apis/products/get.json";

    [Fact]
    public void A_snapshot_published_without_merging_arrives_with_the_next_merge_without_false_conflicts()
    {
        using var world = new PublishWorld("acme");
        Assert.Equal(PublishStatus.Published, world.Publish(merge: false).Tenants.Single().Status);
        world.EditSource(Endpoint, j => j["description"] = "Changed after the first publish");
        world.CommitSource("Reword products/get");

        var merged = world.Publish(merge: true).Tenants.Single();

        Assert.Equal(PublishStatus.Published, merged.Status);
        Assert.Empty(merged.Conflicts ?? []);
        var sent = world.SnapshotPaths("acme");
        Assert.All(sent, path => Assert.NotNull(world.TenantFile("acme", path)));
        Assert.Contains("Changed after the first publish", world.TenantFile("acme", Endpoint), StringComparison.Ordinal);
        Assert.Equal(PublishStatus.UpToDate, world.Publish(merge: true).Tenants.Single().Status);
        world.FsckTenants();
    }

    [Fact]
    public void A_snapshot_that_never_reached_live_is_merged_by_the_next_publish_with_merge()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: false);

        var merged = world.Publish(merge: true).Tenants.Single();

        Assert.Equal(PublishStatus.Published, merged.Status);
        Assert.NotNull(world.TenantFile("acme", Endpoint));
        Assert.Equal(PublishStatus.UpToDate, world.Publish(merge: true).Tenants.Single().Status);
    }

    [Fact]
    public void Schema_only_keeps_the_tenant_records_of_a_table_whose_records_were_sent_before()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        var records = world.TenantFile("acme", "tables/category.records.jsonl");
        Assert.NotNull(records);
        world.EditManifest(m => ((JObject)m["records"]!).Remove("category"));
        world.CommitSource("category: schema only");

        var outcome = world.Publish(merge: true).Tenants.Single();

        Assert.Equal(PublishStatus.Published, outcome.Status);
        Assert.Equal(records, world.TenantFile("acme", "tables/category.records.jsonl"));
    }

    [Fact]
    public void A_table_that_leaves_the_selection_stays_in_the_tenant_with_its_records_and_is_no_longer_managed()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        world.EditTenant("acme", "tables/order.records.jsonl", null, rawText: "{\"id\":1,\"status\":\"pending\",\"total\":3}\n");
        var table = world.TenantFile("acme", "tables/order.json");
        Assert.NotNull(table);

        // Only the product endpoints: the order tables, the billing functions and the order endpoints leave the selection.
        world.EditManifest(m =>
        {
            m["include"]!["apis"] = new JArray("products/*");
            m["include"]!["functions"] = new JArray();
            m["include"]!["tasks"] = new JArray();
            m["include"]!["triggers"] = new JArray();
        });
        world.CommitSource("Stop sending orders");

        var plan = world.Publish(merge: true, dryRun: true).Tenants.Single();
        var outcome = world.Publish(merge: true).Tenants.Single();

        Assert.Contains("table:order", plan.NoLongerManaged ?? []);
        Assert.Contains("api:orders/create", plan.NoLongerManaged ?? []);
        Assert.Empty(plan.DataLoss ?? []);
        Assert.Equal(PublishStatus.Published, outcome.Status);
        Assert.Equal(table, world.TenantFile("acme", "tables/order.json"));
        Assert.NotNull(world.TenantFile("acme", "tables/order.records.jsonl"));
        Assert.NotNull(world.TenantFile("acme", "apis/orders/create.json"));
    }

    [Fact]
    public void A_field_dropped_in_the_source_that_tenant_records_hold_is_refused_unless_data_loss_is_allowed()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        world.EditTenant("acme", "tables/category.records.jsonl", null, rawText: world.TenantFile("acme", "tables/category.records.jsonl") + "{\"id\":100,\"name\":\"Acme's\",\"slug\":\"acme\",\"description\":\"ours\"}\n");
        world.EditSource("tables/category.json", j => ((JArray)j["fields"]!).Remove(((JArray)j["fields"]!).First(f => (string)f["name"]! == "description")));
        world.EditSource("tables/category.records.jsonl", null, rawTransform: text => string.Concat(text.Split('\n').Where(l => l.Length > 0).Select(l => { var r = JObject.Parse(l); r.Remove("description"); return r.ToString(Newtonsoft.Json.Formatting.None) + "\n"; })));
        world.CommitSource("Drop category.description");
        var before = PublishWorld.Refs(world.TenantPath("acme"));

        var refused = world.Publish(merge: true).Tenants.Single();

        Assert.Equal(PublishStatus.Failed, refused.Status);
        Assert.Equal("XL4020", refused.Code);
        Assert.Contains(refused.DataLoss ?? [], l => l.Contains("description", StringComparison.Ordinal) && l.Contains("table:category", StringComparison.Ordinal));
        Assert.Equal(before, PublishWorld.Refs(world.TenantPath("acme")));

        var allowed = world.Publish(merge: true, allowDataLoss: true).Tenants.Single();

        Assert.Equal(PublishStatus.Published, allowed.Status);
        var tenantRecords = world.TenantFile("acme", "tables/category.records.jsonl")!;
        Assert.DoesNotContain("\"description\"", tenantRecords, StringComparison.Ordinal);
        Assert.Contains("\"id\":100", tenantRecords, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_deleted_in_the_source_while_the_tenant_holds_its_records_is_refused_unless_data_loss_is_allowed()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        world.EditTenant("acme", "tables/category.records.jsonl", null, rawText: world.TenantFile("acme", "tables/category.records.jsonl") + "{\"id\":100,\"name\":\"Acme's\",\"slug\":\"acme\"}\n");
        world.RemoveCategoryTable();
        world.CommitSource("Drop the category table");

        var plan = world.Publish(merge: true, dryRun: true).Tenants.Single();
        var refused = world.Publish(merge: true).Tenants.Single();

        Assert.NotEmpty(plan.DataLoss ?? []);
        Assert.Equal(PublishStatus.Failed, refused.Status);
        Assert.Equal("XL4020", refused.Code);
        Assert.NotNull(world.TenantFile("acme", "tables/category.json"));

        var allowed = world.Publish(merge: true, allowDataLoss: true).Tenants.Single();

        Assert.Equal(PublishStatus.Published, allowed.Status);
        Assert.Null(world.TenantFile("acme", "tables/category.json"));
        Assert.Null(world.TenantFile("acme", "tables/category.records.jsonl"));
    }

    [Fact]
    public void Set_live_without_merge_refuses_to_drop_tenant_records_held_in_a_source_table()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        world.EditTenant("acme", "tables/category.records.jsonl", null, rawText: world.TenantFile("acme", "tables/category.records.jsonl") + "{\"id\":1009,\"name\":\"Acme's\",\"slug\":\"acme\"}\n");
        world.EditSource(Endpoint, j => j["description"] = "something new");
        world.CommitSource("Something new");

        var refused = world.Publish(merge: false, setLive: true).Tenants.Single();

        Assert.Equal(("XL4020", PublishStatus.Failed), (refused.Code, refused.Status));
        Assert.Contains(refused.DataLoss!, l => l.Contains("table:category", StringComparison.Ordinal) && l.Contains("1009", StringComparison.Ordinal));
    }

    [Fact]
    public void Settled_conflicts_are_listed_with_the_side_taken()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        world.EditTenant("acme", Endpoint, j => j["description"] = "Acme's own words");
        world.EditSource(Endpoint, j => j["description"] = "The source's words");
        world.CommitSource("Reword products/get");

        var outcome = world.Publish(merge: true, onConflict: XanoLink.Merge.MergePolicy.Ours).Tenants.Single();

        Assert.Equal(PublishStatus.Published, outcome.Status);
        var settled = Assert.Single(outcome.Settled ?? []);
        Assert.Contains("api:products/get description", settled, StringComparison.Ordinal);
        Assert.Contains("kept the tenant's", settled, StringComparison.Ordinal);
        Assert.Contains("Acme's own words", world.TenantFile("acme", Endpoint), StringComparison.Ordinal);
    }

    [Fact]
    public void A_tenant_records_file_that_cannot_be_read_is_never_replaced_by_on_conflict_source_without_allowing_the_loss()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        var records = world.TenantFile("acme", "tables/category.records.jsonl") + "{\"id\":100,\"name\":\"Acme's\",\"slug\":\"acme\"}\n{\"id\":101,\"na\n";
        world.EditTenant("acme", "tables/category.records.jsonl", null, rawText: records);
        world.EditSource("tables/category.records.jsonl", null, rawTransform: text => text.Replace("\"Tea\"", "\"Tea and infusions\"", StringComparison.Ordinal));
        world.CommitSource("Rename Tea");

        var outcome = world.Publish(merge: true, onConflict: XanoLink.Merge.MergePolicy.Theirs).Tenants.Single();

        Assert.Equal(("XL4020", PublishStatus.Failed), (outcome.Code, outcome.Status));
        Assert.Contains(outcome.DataLoss!, l => l.Contains("cannot be read", StringComparison.Ordinal));
        Assert.Equal(records, world.TenantFile("acme", "tables/category.records.jsonl"));
    }

    [Fact]
    public void A_source_record_edit_alone_is_not_taken_for_a_deleted_table()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        world.EditSource("tables/category.records.jsonl", null, rawTransform: text => text.Replace("\"Tea\"", "\"Green tea\"", StringComparison.Ordinal));
        world.CommitSource("Tea renamed");

        var outcome = world.Publish(merge: true).Tenants.Single();

        Assert.True(outcome.Status == PublishStatus.Published, outcome.Error + string.Join("\n", outcome.DataLoss ?? []));
        Assert.Contains("\"Green tea\"", world.TenantFile("acme", "tables/category.records.jsonl"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_the_source_renames_takes_the_tenant_records_along_without_a_data_loss_refusal()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        world.EditTenant("acme", "tables/category.records.jsonl", null, rawText: world.TenantFile("acme", "tables/category.records.jsonl") + "{\"id\":100,\"name\":\"Acme's\",\"slug\":\"acme\",\"description\":null}\n");
        world.RenameCategoryTable("category", "kind");
        world.CommitSource("category is now kind");

        var outcome = world.Publish(merge: true).Tenants.Single();

        Assert.True(outcome.Status == PublishStatus.Published, outcome.Error + string.Join("\n", outcome.DataLoss ?? []) + string.Join("\n", outcome.Conflicts ?? []));
        Assert.Null(world.TenantFile("acme", "tables/category.records.jsonl"));
        Assert.Contains("\"id\":100", world.TenantFile("acme", "tables/kind.records.jsonl"), StringComparison.Ordinal);
        Assert.Equal(PublishStatus.UpToDate, world.Publish(merge: true).Tenants.Single().Status);
    }

    [Fact]
    public void A_table_the_source_renames_and_stops_sending_records_of_keeps_the_tenant_records_with_it()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        world.RenameCategoryTable("category", "kind");
        world.EditManifest(m => ((JObject)m["records"]!).Remove("kind"));
        world.CommitSource("category is now kind, schema only");

        var outcome = world.Publish(merge: true).Tenants.Single();

        Assert.True(outcome.Status == PublishStatus.Published, outcome.Error + string.Join("\n", outcome.DataLoss ?? []) + string.Join("\n", outcome.Conflicts ?? []));
        Assert.Null(world.TenantFile("acme", "tables/category.records.jsonl"));
        Assert.Contains("\"id\":1,", world.TenantFile("acme", "tables/kind.records.jsonl"), StringComparison.Ordinal);
    }
}
