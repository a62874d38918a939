using Newtonsoft.Json.Linq;
using XanoLink.Git.Publish;
using XanoLink.Merge;

namespace XanoLink.Git.Tests.Publish;

public sealed class PublishTests
{
    private const string Endpoint = "apis/products/get.json";

    [Fact]
    public void A_customized_tenant_keeps_its_table_and_field_and_gets_the_source_change()
    {
        using var world = new PublishWorld("acme");
        var first = world.Publish(merge: true).Tenants.Single();
        Assert.Equal(PublishStatus.Published, first.Status);
        Assert.Contains("\"guid\": \"tbl-product-7f3a\"", world.TenantFile("acme", "tables/product.json"), StringComparison.Ordinal);

        world.EditTenant("acme", "tables/loyalty.json", j => j["fields"] = new JArray(new JObject { ["name"] = "id", ["type"] = "int" }),
            create: """{ "guid": "tbl-loyalty-acme", "name": "loyalty" }""");
        world.EditTenant("acme", "tables/product.json", j => ((JArray)j["fields"]!).Add(new JObject { ["name"] = "loyalty_points", ["type"] = "int" }));
        world.EditSource(Endpoint, j => j["description"] = "Get one product, with its category");
        world.CommitSource("Describe products/get better");

        var second = world.Publish(merge: true).Tenants.Single();

        Assert.Equal(PublishStatus.Published, second.Status);
        Assert.True(second.Merged);
        Assert.Equal("main", second.Live);
        Assert.NotNull(world.TenantFile("acme", "tables/loyalty.json"));
        Assert.Contains("loyalty_points", world.TenantFile("acme", "tables/product.json"), StringComparison.Ordinal);
        Assert.Contains("Get one product, with its category", world.TenantFile("acme", Endpoint), StringComparison.Ordinal);
        Assert.Equal("""{ "guid": "ws-acme", "name": "shop:acme" }""".Replace(" ", "", StringComparison.Ordinal), JObject.Parse(world.TenantFile("acme", "workspace.json")!).ToString(Newtonsoft.Json.Formatting.None));

        // The snapshot line: the second snapshot's parent is the first; main's tip is a merge of main and the snapshot.
        var tenant = world.TenantPath("acme");
        var snapshots = GitTestRepo.Git(tenant, "log", "--format=%H %P", "refs/xanolink/snapshots/ws-shop-source-0c1e").Trim().Split('\n');
        Assert.Equal(2, snapshots.Length);
        Assert.Equal(first.Commit, snapshots[0].Split(' ')[1]);
        Assert.Equal(second.Commit, snapshots[0].Split(' ')[0]);
        var mainParents = GitTestRepo.Git(tenant, "log", "-1", "--format=%P", "main").Trim().Split(' ');
        Assert.Equal(second.Commit, mainParents[1]);
        var message = GitTestRepo.Git(tenant, "log", "-1", "--format=%B", second.Commit!);
        Assert.StartsWith("Publish shop:source ", message, StringComparison.Ordinal);
        Assert.Contains("XanoLink-Source-Guid: ws-shop-source-0c1e\n", message, StringComparison.Ordinal);
        Assert.Contains("XanoLink-Tenant: acme\n", message, StringComparison.Ordinal);
        Assert.Contains("Merge shop:source", GitTestRepo.Git(tenant, "log", "--format=%s", "main"), StringComparison.Ordinal);
        world.FsckTenants();
    }

    [Fact]
    public void A_guid_collision_fails_that_tenant_and_the_others_are_published()
    {
        using var world = new PublishWorld("acme", "globex", "initech");
        world.EditTenant("globex", "tables/product.json", j => j["fields"] = new JArray(new JObject { ["name"] = "id", ["type"] = "int" }),
            create: """{ "guid": "tbl-product-globex", "name": "product" }""");
        var refsBefore = PublishWorld.Refs(world.TenantPath("globex"));

        var report = world.Publish(merge: true);

        Assert.Equal(["acme", "globex", "initech"], report.Tenants.Select(t => t.Name));
        var globex = report.Tenants[1];
        Assert.Equal(PublishStatus.Failed, globex.Status);
        Assert.Contains("xanolink adopt-guids --tenant globex", globex.Error, StringComparison.Ordinal);
        Assert.Contains("table:product", globex.Error, StringComparison.Ordinal);
        // The collision is the whole story: no second line about blob ids wanting the same path.
        Assert.Empty(globex.Conflicts ?? []);
        Assert.Equal(refsBefore, PublishWorld.Refs(world.TenantPath("globex")));
        Assert.All(new[] { report.Tenants[0], report.Tenants[2] }, t => Assert.Equal(PublishStatus.Published, t.Status));
        world.FsckTenants();
    }

    [Fact]
    public void A_member_edited_on_both_sides_is_a_conflict_that_leaves_the_tenant_untouched_until_the_source_wins()
    {
        using var world = new PublishWorld("acme");
        world.Publish(merge: true);
        world.EditTenant("acme", Endpoint, j => j["description"] = "Acme's own words");
        world.EditSource(Endpoint, j => j["description"] = "The source's words");
        world.CommitSource("Reword products/get");
        var tenant = world.TenantPath("acme");
        var before = PublishWorld.Refs(tenant);

        var conflict = world.Publish(merge: true).Tenants.Single();

        Assert.Equal(PublishStatus.Conflict, conflict.Status);
        Assert.Contains(conflict.Conflicts!, c => c.Contains("api:products/get description", StringComparison.Ordinal));
        Assert.Equal(before, PublishWorld.Refs(tenant));

        var settled = world.Publish(merge: true, onConflict: MergePolicy.Theirs).Tenants.Single();

        Assert.Equal(PublishStatus.Published, settled.Status);
        Assert.Contains("The source's words", world.TenantFile("acme", Endpoint), StringComparison.Ordinal);
        world.FsckTenants();
    }

    [Fact]
    public void Publishing_the_same_source_twice_is_up_to_date_and_writes_nothing()
    {
        using var world = new PublishWorld("acme", "globex");
        Assert.All(world.Publish(merge: true).Tenants, t => Assert.Equal(PublishStatus.Published, t.Status));
        var before = PublishWorld.Refs(world.TenantPath("acme"));
        var objects = PublishWorld.ObjectCount(world.TenantPath("acme"));

        var again = world.Publish(merge: true);

        Assert.All(again.Tenants, t => Assert.Equal(PublishStatus.UpToDate, t.Status));
        Assert.Equal(before, PublishWorld.Refs(world.TenantPath("acme")));
        Assert.Equal(objects, PublishWorld.ObjectCount(world.TenantPath("acme")));

        // A source commit that changes nothing published is up to date too.
        File.WriteAllText(Path.Combine(world.Source, "README.md"), "not a workspace file\n");
        world.CommitSource("Add a readme");
        Assert.All(world.Publish(merge: true).Tenants, t => Assert.Equal(PublishStatus.UpToDate, t.Status));
        world.FsckTenants();
    }

    [Fact]
    public void Plan_writes_nothing_and_shows_what_live_would_get()
    {
        using var world = new PublishWorld("acme");
        var tenant = world.TenantPath("acme");
        var refs = PublishWorld.Refs(tenant);
        var objects = PublishWorld.ObjectCount(tenant);

        var plan = world.Publish(merge: true, dryRun: true).Tenants.Single();

        Assert.Equal(PublishStatus.WouldPublish, plan.Status);
        Assert.Contains(plan.LiveChanges!.Items, i => i.Key == "table:product" && i.Status == XanoLink.Diff.ItemStatus.Added);
        Assert.Equal(refs, PublishWorld.Refs(tenant));
        Assert.Equal(objects, PublishWorld.ObjectCount(tenant));
        Assert.False(File.Exists(Path.Combine(tenant, PublishLock.FileName)));
        world.FsckTenants();
    }

    [Fact]
    public void Set_live_without_merge_makes_the_snapshot_branch_live_and_keeps_the_old_one()
    {
        using var world = new PublishWorld("acme");
        world.EditTenant("acme", "tables/loyalty.json", j => j["fields"] = new JArray(new JObject { ["name"] = "id", ["type"] = "int" }),
            create: """{ "guid": "tbl-loyalty-acme", "name": "loyalty" }""");

        // The new live branch would lack the tenant's own table: refused unless the loss is accepted.
        var refused = world.Publish(merge: false, setLive: true).Tenants.Single();
        Assert.Equal(PublishStatus.Failed, refused.Status);
        Assert.Equal("XL4020", refused.Code);
        Assert.Contains(refused.DataLoss!, w => w.Contains("tables/loyalty.json", StringComparison.Ordinal));
        Assert.Equal("main", GitTestRepo.Git(world.TenantPath("acme"), "symbolic-ref", "--short", "HEAD").Trim());

        var outcome = world.Publish(merge: false, setLive: true, allowDataLoss: true).Tenants.Single();

        Assert.Equal(PublishStatus.Published, outcome.Status);
        Assert.Equal(outcome.Branch, outcome.Live);
        Assert.Equal($"refs/heads/{outcome.Branch}", GitTestRepo.Git(world.TenantPath("acme"), "symbolic-ref", "HEAD").Trim());
        Assert.NotNull(world.TenantFile("acme", "tables/loyalty.json", "main"));
        Assert.Null(world.TenantFile("acme", "tables/loyalty.json", outcome.Branch!));
        world.FsckTenants();
    }

    [Fact]
    public void Merge_and_set_live_commit_the_merge_on_the_new_branch_and_leave_the_old_live_branch_as_it_was()
    {
        using var world = new PublishWorld("acme");
        var mainBefore = GitTestRepo.Git(world.TenantPath("acme"), "rev-parse", "main").Trim();

        var outcome = world.Publish(merge: true, setLive: true).Tenants.Single();

        Assert.Equal(outcome.Branch, outcome.Live);
        Assert.Equal(mainBefore, GitTestRepo.Git(world.TenantPath("acme"), "rev-parse", "main").Trim());
        Assert.Equal($"{mainBefore} {outcome.Commit}", GitTestRepo.Git(world.TenantPath("acme"), "log", "-1", "--format=%P", outcome.Branch!).Trim());
        world.FsckTenants();
    }

    [Fact]
    public void An_unknown_tenant_is_refused_with_a_suggestion_and_shards_split_the_sorted_list()
    {
        using var world = new PublishWorld("acme", "globex", "initech");
        var error = Assert.Throws<UnknownTenantException>(() => world.Publish(tenants: "acmee"));
        Assert.Contains("did you mean 'acme'", error.Message, StringComparison.Ordinal);

        var source = PublishSource.Read(world.Source, null);
        Assert.Equal(["acme", "initech"], Publisher.ChooseTenants(source.Manifest, null, new Shard(1, 2)).Select(t => t.Name));
        Assert.Equal(["globex"], Publisher.ChooseTenants(source.Manifest, null, new Shard(2, 2)).Select(t => t.Name));
        Assert.Null(Shard.Parse("3/2", out var problem));
        Assert.NotNull(problem);
    }
}
