using LibGit2Sharp;
using Newtonsoft.Json.Linq;
using XanoLink.Git.Publish;
using XanoLink.Testing;

namespace XanoLink.Git.Tests.Publish;

/// <summary>
/// Leaving and coming back under conditions an attacker or an unusual workspace brings: XanoScript objects without a
/// guid, forged earlier snapshots holding unreadable files, repeated and text record ids, settled conflicts.
/// </summary>
public sealed class ReentryEdgeCaseTests
{
    private const string Orders = "apis/orders/get.json";
    private const string Categories = "tables/category.records.jsonl";

    [Fact]
    public void A_XanoScript_endpoint_without_a_guid_that_leaves_the_selection_stays_in_the_tenant_and_is_no_longer_managed()
    {
        const string endpoint = "api/products/list_get.xs";
        using var world = new XanoScriptPublishTests.World();
        world.EditSource(endpoint, t => t.Replace("  guid = \"api-products-list\"\n", "", StringComparison.Ordinal));
        world.CommitSource("An endpoint without a guid");
        Assert.All(world.Publish().Tenants, t => Assert.Equal(PublishStatus.Published, t.Status));
        var before = world.TenantFile("acme", endpoint);
        world.EditSource("xanolink.json", t => t.Replace("\"apis\": \"*\"", "\"apis\": []", StringComparison.Ordinal));
        world.CommitSource("No endpoints");

        var outcome = world.Publish().Tenants.Single(t => t.Name == "acme");

        Assert.True(outcome.Status == PublishStatus.Published, ReentrySteps.Describe(outcome));
        Assert.DoesNotContain("list_get", GitTestRepo.Git(world.TenantPath("acme"), "ls-tree", "-r", "--name-only", "refs/xanolink/snapshots/ws-xs-shop"), StringComparison.Ordinal);
        Assert.Equal(before, world.TenantFile("acme", endpoint));
        Assert.Contains("api:products/products_GET", outcome.NoLongerManaged ?? []);
    }

    [Fact]
    public void A_XanoScript_endpoint_without_a_guid_whose_file_the_source_renames_arrives_once_not_twice()
    {
        const string endpoint = "api/products/list_get.xs";
        using var world = new XanoScriptPublishTests.World();
        world.EditSource(endpoint, t => t.Replace("  guid = \"api-products-list\"\n", "", StringComparison.Ordinal));
        world.CommitSource("An endpoint without a guid");
        Assert.All(world.Publish().Tenants, t => Assert.Equal(PublishStatus.Published, t.Status));
        File.Move(Path.Combine(world.Source, endpoint), Path.Combine(world.Source, "api", "products", "10_list_get.xs"));
        world.CommitSource("The endpoint's file renamed, the endpoint not");

        var outcome = world.Publish().Tenants.Single(t => t.Name == "acme");

        Assert.True(outcome.Status == PublishStatus.Published, ReentrySteps.Describe(outcome));
        var files = world.TenantPaths("acme");
        Assert.Contains("api/products/10_list_get.xs", files);
        Assert.DoesNotContain(endpoint, files);
        Assert.Empty(outcome.NoLongerManaged ?? []);
    }

    [Fact]
    public void A_XanoScript_endpoint_that_leaves_the_selection_is_reported_by_its_item_key_not_its_file_name()
    {
        using var world = new XanoScriptPublishTests.World();
        world.Publish();
        world.EditSource("xanolink.json", t => t.Replace("\"apis\": \"*\"", "\"apis\": []", StringComparison.Ordinal));
        world.CommitSource("No endpoints");

        var outcome = world.Publish().Tenants.Single(t => t.Name == "acme");

        Assert.Equal(PublishStatus.Published, outcome.Status);
        Assert.Contains("api:products/products_GET", outcome.NoLongerManaged ?? []);
        Assert.DoesNotContain(outcome.NoLongerManaged ?? [], k => k.Contains("list_get", StringComparison.Ordinal));
    }

    [Fact]
    public void A_XanoScript_endpoint_without_a_guid_that_comes_back_takes_the_source_change_made_while_it_was_out()
    {
        const string endpoint = "api/products/list_get.xs";
        using var world = new XanoScriptPublishTests.World();
        world.EditSource(endpoint, t => t.Replace("  guid = \"api-products-list\"\n", "", StringComparison.Ordinal));
        world.CommitSource("An endpoint without a guid");
        Assert.All(world.Publish().Tenants, t => Assert.Equal(PublishStatus.Published, t.Status));
        world.EditSource("xanolink.json", t => t.Replace("\"apis\": \"*\"", "\"apis\": []", StringComparison.Ordinal));
        world.CommitSource("No endpoints");
        Assert.All(world.Publish().Tenants, t => Assert.Equal(PublishStatus.Published, t.Status));
        world.EditSource(endpoint, t => t.Replace("List products", "List the shop's products", StringComparison.Ordinal));
        world.EditSource("xanolink.json", t => t.Replace("\"apis\": []", "\"apis\": \"*\"", StringComparison.Ordinal));
        world.CommitSource("Endpoints again, one reworded");

        var back = world.Publish().Tenants.Single(t => t.Name == "acme");

        Assert.True(back.Status == PublishStatus.Published, ReentrySteps.Describe(back));
        Assert.Contains("List the shop's products", world.TenantFile("acme", endpoint), StringComparison.Ordinal);
    }

    [Fact]
    public void Forged_earlier_snapshots_holding_unreadable_files_give_no_base_and_no_crash()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        ReentrySteps.SetApis(world, "products/*");
        ReentrySteps.SetCategoryRecords(world, null, "category: schema only");
        world.Publish(merge: true);
        ForgeEarlierSnapshot(world, new Dictionary<string, string?>
        {
            [Orders] = "\u0000\u00ff not json {{{" + new string('[', 100_000),
            [Categories] = "not json\n[1]\n{\"name\":\"no id\"}\n{\"id\":2,\"name\":\"one\"}\n{\"id\":2,\"name\":\"two\"}\n{\"id\":\"2\",\"name\":\"text\"}\n" + new string('{', 100_000),
        });
        world.EditSource(Orders, j => j["description"] = "Reworded while out of the selection");
        world.EditSource(Categories, null, rawTransform: text => text.Replace("\"Tea\"", "\"Green tea\"", StringComparison.Ordinal));
        world.EditManifest(m => m["records"]!["category"] = "all");
        world.CommitSource("category records again, Tea renamed");
        ReentrySteps.SetApis(world, "products/*", "orders/*");

        var back = world.Publish(merge: true).Tenants.Single();

        Assert.True(back.Status is PublishStatus.Published or PublishStatus.Conflict, ReentrySteps.Describe(back));
        Assert.Null(back.Error is { } e && e.Contains(" at ", StringComparison.Ordinal) ? e : null);
    }

    [Fact]
    public void Records_that_come_back_into_a_tenant_file_with_a_repeated_id_and_a_text_id_publish_without_a_crash()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        ReentrySteps.SetCategoryRecords(world, null, "category: schema only");
        world.Publish(merge: true);
        world.EditTenant("acme", Categories, null, rawText: world.TenantFile("acme", Categories)
            + "{\"id\":2,\"name\":\"Tea again\",\"slug\":\"tea2\",\"description\":null}\n{\"id\":\"3\",\"name\":\"Text id\",\"slug\":\"t\",\"description\":null}\n");
        world.EditSource(Categories, null, rawTransform: text => text.Replace("\"Tea\"", "\"Green tea\"", StringComparison.Ordinal));
        world.EditManifest(m => m["records"]!["category"] = "all");
        world.CommitSource("category records again, Tea renamed");

        var back = world.Publish(merge: true).Tenants.Single();

        Assert.True(back.Status is PublishStatus.Published or PublishStatus.Conflict, ReentrySteps.Describe(back));
        Assert.Contains("\"id\":\"3\"", world.TenantFile("acme", Categories), StringComparison.Ordinal);
    }

    [Fact]
    public void A_reentry_conflict_settled_for_the_source_keeps_the_tenant_change_to_another_member()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        ReentrySteps.SetApis(world, "products/*");
        world.Publish(merge: true);
        world.EditTenant("acme", Orders, j =>
        {
            j["description"] = "Acme's words";
            j["auth"] = "none";
        });
        world.EditSource(Orders, j => j["description"] = "Source words");
        world.CommitSource("Reword orders/get");
        ReentrySteps.SetApis(world, "products/*", "orders/*");

        var back = world.Publish(merge: true, onConflict: XanoLink.Merge.MergePolicy.Theirs).Tenants.Single();

        Assert.True(back.Status == PublishStatus.Published, ReentrySteps.Describe(back));
        var merged = JObject.Parse(world.TenantFile("acme", Orders)!);
        Assert.Equal(("Source words", "none"), ((string?)merged["description"], (string?)merged["auth"]));
        Assert.Single(back.Settled ?? []);
    }

    /// <summary>
    /// The tenant rewrites its history: live gets a commit claiming to be a snapshot of the source (the base, with live's
    /// tree less what came back later), whose first parent claims to be an earlier snapshot holding <paramref name="files"/>.
    /// </summary>
    private static void ForgeEarlierSnapshot(PublishWorld world, Dictionary<string, string?> files)
    {
        using var repo = new Repository(world.TenantPath("acme"));
        var tip = repo.Branches["main"].Tip;
        var trailers = $"\n\nXanoLink-Source: shop:source\nXanoLink-Source-Guid: {PublishWorld.SourceGuid}\nXanoLink-Source-Commit: {new string('a', 40)}\nXanoLink-Branch: link/forged\n";
        var snapshot = repo.Lookup<Commit>(repo.Refs["refs/xanolink/snapshots/" + PublishWorld.SourceGuid].TargetIdentifier);
        var forgedTree = TreeDefinition.From(snapshot.Tree);
        foreach (var (path, content) in files)
        {
            forgedTree.Add(path, repo.ObjectDatabase.CreateBlob(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content!))), Mode.NonExecutableFile);
        }

        var earlier = repo.ObjectDatabase.CreateCommit(GitTestRepo.Who, GitTestRepo.Who, "Forged earlier" + trailers, repo.ObjectDatabase.CreateTree(forgedTree), [tip], prettifyMessage: false);
        var @base = repo.ObjectDatabase.CreateCommit(GitTestRepo.Who, GitTestRepo.Who, "Forged base" + trailers, snapshot.Tree, [earlier], prettifyMessage: false);
        var live = repo.ObjectDatabase.CreateCommit(GitTestRepo.Who, GitTestRepo.Who, "Tenant\n", tip.Tree, [@base], prettifyMessage: false);
        repo.Refs.UpdateTarget(repo.Refs["refs/heads/main"], live.Id);
    }
}
