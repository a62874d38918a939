using Newtonsoft.Json.Linq;
using XanoLink.Git.Publish;

namespace XanoLink.Git.Tests.Publish;

/// <summary>
/// An object or a table's records that leave the selection stay in the tenant as it has them; when they come back, the
/// merge base for them is the version the tenant last took from the source, not nothing: a change the source made in
/// the meantime arrives, and only a change both sides made conflicts.
/// </summary>
public sealed class ReentryTests
{
    private const string Orders = "apis/orders/get.json";
    private const string Categories = "tables/category.records.jsonl";

    [Fact]
    public void An_endpoint_that_comes_back_into_the_selection_takes_the_source_changes_made_while_it_was_out()
    {
        using var world = new PublishWorld("acme");
        OrdersOutAndBack(world, tenant: null, source: j => j["description"] = "Reworded while out of the selection");

        var back = world.Publish(merge: true).Tenants.Single();

        Assert.Equal(PublishStatus.Published, back.Status);
        Assert.Empty(back.Conflicts ?? []);
        Assert.Contains("Reworded while out of the selection", world.TenantFile("acme", Orders), StringComparison.Ordinal);
        Assert.Equal(PublishStatus.UpToDate, world.Publish(merge: true).Tenants.Single().Status);
    }

    [Fact]
    public void An_endpoint_the_tenant_changed_while_out_of_the_selection_keeps_the_tenant_change_and_takes_the_source_one()
    {
        using var world = new PublishWorld("acme");
        OrdersOutAndBack(world, tenant: j => j["auth"] = "none", source: j => j["description"] = "Reworded while out of the selection");

        var back = world.Publish(merge: true).Tenants.Single();

        Assert.Equal(PublishStatus.Published, back.Status);
        Assert.Empty(back.Conflicts ?? []);
        var merged = JObject.Parse(world.TenantFile("acme", Orders)!);
        Assert.Equal("none", (string?)merged["auth"]);
        Assert.Equal("Reworded while out of the selection", (string?)merged["description"]);
    }

    [Fact]
    public void An_endpoint_both_sides_changed_while_out_of_the_selection_is_still_a_conflict()
    {
        using var world = new PublishWorld("acme");
        OrdersOutAndBack(world, tenant: j => j["description"] = "Acme's words", source: j => j["description"] = "Source words");
        var before = PublishWorld.Refs(world.TenantPath("acme"));

        var back = world.Publish(merge: true).Tenants.Single();

        Assert.Equal(PublishStatus.Conflict, back.Status);
        Assert.Contains(back.Conflicts ?? [], c => c.StartsWith("api:orders/get description", StringComparison.Ordinal));
        Assert.Equal(before, PublishWorld.Refs(world.TenantPath("acme")));
    }

    [Fact]
    public void Records_that_come_back_into_the_selection_take_the_source_changes_made_while_they_were_out()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        world.EditTenant("acme", Categories, null, rawText: world.TenantFile("acme", Categories) + "{\"id\":100,\"name\":\"Acme's\",\"slug\":\"acme\",\"description\":null}\n");
        ReentrySteps.SetCategoryRecords(world, null, "category: schema only");
        world.Publish(merge: true);
        world.EditSource(Categories, null, rawTransform: text => text.Replace("\"Tea\"", "\"Green tea\"", StringComparison.Ordinal));
        world.EditManifest(m => m["records"]!["category"] = "all");
        world.CommitSource("category records again, Tea renamed");

        var back = world.Publish(merge: true).Tenants.Single();

        Assert.True(back.Status == PublishStatus.Published, back.Error + string.Join("\n", back.DataLoss ?? []));
        Assert.Empty(back.Conflicts ?? []);
        var records = world.TenantFile("acme", Categories)!;
        Assert.Contains("\"Green tea\"", records, StringComparison.Ordinal);
        Assert.Contains("\"id\":100", records, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_that_come_back_with_a_shorter_id_list_leave_the_ones_not_sent_as_the_tenant_has_them()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        ReentrySteps.SetCategoryRecords(world, null, "category: schema only");
        world.Publish(merge: true);
        world.EditManifest(m => m["records"]!["category"] = new JArray(1, 2));
        world.CommitSource("category records 1 and 2 again");

        var back = world.Publish(merge: true).Tenants.Single();

        Assert.True(back.Status == PublishStatus.Published, back.Error + string.Join("\n", back.DataLoss ?? []));
        Assert.Contains("\"id\":3", world.TenantFile("acme", Categories), StringComparison.Ordinal);
    }

    [Fact]
    public void Records_that_come_back_after_a_shorter_id_list_take_the_source_changes_made_while_they_were_out()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        world.EditManifest(m => m["records"]!["category"] = new JArray(1));
        world.CommitSource("category: record 1 only");
        Assert.Equal(PublishStatus.Published, world.Publish(merge: true).Tenants.Single().Status);
        world.EditSource(Categories, null, rawTransform: text => text.Replace("\"Tea\"", "\"Green tea\"", StringComparison.Ordinal));
        world.EditManifest(m => m["records"]!["category"] = "all");
        world.CommitSource("all category records again, Tea renamed");

        var back = world.Publish(merge: true).Tenants.Single();

        Assert.True(back.Status == PublishStatus.Published, back.Error + string.Join("\n", back.Conflicts ?? []));
        Assert.Contains("\"Green tea\"", world.TenantFile("acme", Categories), StringComparison.Ordinal);
    }

    [Fact]
    public void Records_that_come_back_ignore_a_version_published_meanwhile_that_live_never_took()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        ReentrySteps.SetCategoryRecords(world, null, "category: schema only");
        world.Publish(merge: true);
        world.EditSource(Categories, null, rawTransform: text => text.Replace("\"Tea\"", "\"Tea X\"", StringComparison.Ordinal));
        ReentrySteps.SetCategoryRecords(world, "all", "category records again, Tea X");
        Assert.Equal(PublishStatus.Published, world.Publish(merge: false).Tenants.Single().Status);
        ReentrySteps.SetCategoryRecords(world, null, "category: schema only again");
        world.Publish(merge: true);
        world.EditSource(Categories, null, rawTransform: text => text.Replace("\"Tea X\"", "\"Tea Y\"", StringComparison.Ordinal));
        ReentrySteps.SetCategoryRecords(world, "all", "category records again, Tea Y");

        var back = world.Publish(merge: true).Tenants.Single();

        Assert.True(back.Status == PublishStatus.Published, ReentrySteps.Describe(back));
        Assert.Contains("\"Tea Y\"", world.TenantFile("acme", Categories), StringComparison.Ordinal);
    }

    /// <summary>Takes the orders endpoints out of the selection and publishes; edits orders/get on either side; brings them back.</summary>
    private static void OrdersOutAndBack(PublishWorld world, Action<JObject>? tenant, Action<JObject> source)
    {
        world.Publish(merge: true);
        ReentrySteps.SetApis(world, "products/*");
        Assert.Equal(PublishStatus.Published, world.Publish(merge: true).Tenants.Single().Status);
        if (tenant is not null)
        {
            world.EditTenant("acme", Orders, tenant);
        }

        world.EditSource(Orders, source);
        world.CommitSource("Reword orders/get");
        ReentrySteps.SetApis(world, "products/*", "orders/*");
    }
}
