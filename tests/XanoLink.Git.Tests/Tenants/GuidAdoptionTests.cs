using LibGit2Sharp;
using XanoLink.Git.Tenants;
using XanoLink.Model;

namespace XanoLink.Git.Tests.Tenants;

public sealed class GuidAdoptionTests
{
    private static readonly Dictionary<string, string> Colliding = new()
    {
        ["workspace.json"] = """{ "guid": "ws-acme", "name": "shop:acme" }""" + "\n",
        ["tables/product.json"] = """{ "guid": "acme-product", "name": "product", "fields": [ { "name": "id", "type": "int" } ] }""" + "\n",
        ["functions/calc.json"] = """{ "guid": "acme-calc", "name": "calc", "steps": [] }""" + "\n",
        ["functions/own.json"] = """{ "guid": "own", "name": "own", "steps": [] }""" + "\n",
    };

    [Fact]
    public void Colliding_tenant_objects_take_the_source_guids_in_one_commit_that_fsck_accepts()
    {
        using var kit = new TenantKit();
        kit.CommitSource(TenantKit.SourceFiles());
        var tenantPath = kit.CreateTenant("acme", Colliding);
        var source = XanoLink.Git.Publish.PublishSource.Open(kit.Source);
        using var tenant = WorkspaceRepository.Open(tenantPath);

        var (plan, commit) = GuidAdoption.Run(source.Workspace, tenant, null, dryRun: false);

        Assert.Equal(["table:product: acme-product -> t-product", "function:calc: acme-calc -> f-calc"], plan.Changes.Select(c => c.ToString()));
        Assert.Equal(commit, TenantKit.Git(tenantPath, "rev-parse", "main").Trim());
        Assert.Equal(
            "Adopt source guids for 2 objects\n\ntable:product: acme-product -> t-product\nfunction:calc: acme-calc -> f-calc\n",
            TenantKit.Git(tenantPath, "log", "-1", "--format=%B", "main").TrimEnd('\n') + "\n");
        Assert.Equal("{\n  \"guid\": \"t-product\",\n  \"name\": \"product\",\n  \"fields\": [\n    {\n      \"name\": \"id\",\n      \"type\": \"int\"\n    }\n  ]\n}\n", TenantKit.Git(tenantPath, "show", "main:tables/product.json"));
        Assert.Equal(Colliding["functions/own.json"], TenantKit.Git(tenantPath, "show", "main:functions/own.json"));
        TenantKit.Git(tenantPath, "fsck", "--strict");
        Assert.Empty(GuidAdoption.Plan(source.Workspace, tenant).Changes);
    }

    [Fact]
    public void In_a_XanoScript_tenant_only_the_guid_of_the_adopted_document_changes_and_the_rest_of_its_file_stays()
    {
        using var kit = new TenantKit();
        kit.CommitSource(new Dictionary<string, string?>
        {
            ["workspace.json"] = """{ "guid": "ws-xs", "name": "shop:source" }""" + "\n",
            ["function/calc.xs"] = "function calc {\n  stack {\n  }\n\n  guid = \"f-calc\"\n}",
            ["xanolink.json"] = """{ "include": { "functions": "*" }, "tenants": [ { "name": "shop:acme", "repository": "../tenants/acme.git" } ] }""" + "\n",
        });
        const string Multidoc = "// Acme's functions\nfunction calc {\n  stack {\n  }\n\n  guid = \"acme-calc\"\n}\n---\nfunction   own {\n  stack {\n  }\n}";
        var tenantPath = kit.CreateTenant("acme", new Dictionary<string, string>
        {
            ["workspace.json"] = """{ "guid": "ws-acme", "name": "shop:acme", "format": "xanoscript" }""" + "\n",
            ["function/all.xs"] = Multidoc,
        });
        var source = XanoLink.Git.Publish.PublishSource.Open(kit.Source);
        using var tenant = WorkspaceRepository.Open(tenantPath);

        var (plan, _) = GuidAdoption.Run(source.Workspace, tenant, null, dryRun: false);

        Assert.Equal(["function:calc: acme-calc -> f-calc"], plan.Changes.Select(c => c.ToString()));
        Assert.Equal(Multidoc.Replace("acme-calc", "f-calc", StringComparison.Ordinal), TenantKit.Git(tenantPath, "show", "main:function/all.xs"));
    }

    [Fact]
    public void A_live_branch_moved_after_planning_is_not_overwritten()
    {
        using var kit = new TenantKit();
        kit.CommitSource(TenantKit.SourceFiles());
        var tenantPath = kit.CreateTenant("acme", Colliding);
        var source = XanoLink.Git.Publish.PublishSource.Open(kit.Source);
        using var tenant = WorkspaceRepository.Open(tenantPath);
        var plan = GuidAdoption.Plan(source.Workspace, tenant);
        var atPlan = XanoLink.Loading.WorkspaceLoader.Load(new GitFileSource(tenant.Repository, plan.Tip)).Workspace;
        var moved = TenantKit.CommitTo(tenantPath, "main", new Dictionary<string, string?> { ["functions/later.json"] = """{ "guid": "later", "name": "later", "steps": [] }""" });

        var error = Assert.Throws<GitWorkspaceException>(() => GuidAdoption.Apply(tenant, atPlan, plan));

        Assert.Equal(GitProblem.RefMoved, error.Problem);
        Assert.Equal(moved, TenantKit.Git(tenantPath, "rev-parse", "main").Trim());
    }

    [Fact]
    public void A_dry_run_lists_the_changes_and_writes_nothing()
    {
        using var kit = new TenantKit();
        kit.CommitSource(TenantKit.SourceFiles());
        var tenantPath = kit.CreateTenant("acme", Colliding);
        var refsBefore = TenantKit.Git(tenantPath, "for-each-ref");
        var objectsBefore = TenantKit.Git(tenantPath, "count-objects", "-v");
        var source = XanoLink.Git.Publish.PublishSource.Open(kit.Source);
        using var tenant = WorkspaceRepository.Open(tenantPath);

        var (plan, commit) = GuidAdoption.Run(source.Workspace, tenant, [new ItemKey(ItemKind.Function, "calc")], dryRun: true);

        Assert.Null(commit);
        Assert.Equal(["function:calc: acme-calc -> f-calc"], plan.Changes.Select(c => c.ToString()));
        Assert.Equal(refsBefore, TenantKit.Git(tenantPath, "for-each-ref"));
        Assert.Equal(objectsBefore, TenantKit.Git(tenantPath, "count-objects", "-v"));
    }

    [Fact]
    public void A_source_guid_already_held_by_another_tenant_object_is_refused_and_nothing_is_written()
    {
        using var kit = new TenantKit();
        kit.CommitSource(TenantKit.SourceFiles());
        var files = new Dictionary<string, string>(Colliding) { ["functions/own.json"] = """{ "guid": "f-calc", "name": "own", "steps": [] }""" + "\n" };
        var tenantPath = kit.CreateTenant("acme", files);
        var tip = TenantKit.Git(tenantPath, "rev-parse", "main");
        var source = XanoLink.Git.Publish.PublishSource.Open(kit.Source);
        using var tenant = WorkspaceRepository.Open(tenantPath);

        var (plan, commit) = GuidAdoption.Run(source.Workspace, tenant, null, dryRun: false);

        Assert.Null(commit);
        Assert.Equal(["the source guid f-calc is already used by another tenant object: function:calc, function:own would share it"], plan.Problems);
        Assert.Equal(tip, TenantKit.Git(tenantPath, "rev-parse", "main"));
    }

    [Fact]
    public void An_item_without_a_collision_is_refused_naming_the_collisions()
    {
        using var kit = new TenantKit();
        kit.CommitSource(TenantKit.SourceFiles());
        var tenantPath = kit.CreateTenant("acme", Colliding);
        var source = XanoLink.Git.Publish.PublishSource.Open(kit.Source);
        using var tenant = WorkspaceRepository.Open(tenantPath);

        var error = Assert.Throws<GitWorkspaceException>(() => GuidAdoption.Run(source.Workspace, tenant, [new ItemKey(ItemKind.Function, "own")], dryRun: false));

        Assert.Equal(GitProblem.NothingToAdopt, error.Problem);
        Assert.EndsWith("the collisions are table:product, function:calc", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_outside_git_is_read_from_its_folder()
    {
        using var kit = new TenantKit();
        foreach (var (path, content) in TenantKit.SourceFiles())
        {
            kit.Temp.Write("plain/" + path, content!);
        }

        var tenantPath = kit.CreateTenant("acme", Colliding);
        var source = XanoLink.Git.Publish.PublishSource.Open(kit.Temp.Combine("plain"));
        using var tenant = WorkspaceRepository.Open(tenantPath);

        Assert.Null(source.Commit);
        Assert.Equal(2, GuidAdoption.Plan(source.Workspace, tenant).Changes.Count);
        using var repo = new Repository(tenantPath);
        Assert.Single(repo.Commits.QueryBy(new CommitFilter { IncludeReachableFrom = "main" }));
    }
}
