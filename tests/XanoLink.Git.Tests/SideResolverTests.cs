namespace XanoLink.Git.Tests;

public sealed class SideResolverTests
{
    [Fact]
    public void Each_form_of_side_reads_the_files_it_names()
    {
        using var repo = GitTestRepo.Create();
        var first = repo.Commit("first", new Dictionary<string, string?> { ["ws/workspace.json"] = "{ \"v\": 1 }\n", ["other/workspace.json"] = "{ \"o\": 1 }\n" });
        repo.Branch("v1");
        var second = repo.Commit("second", new Dictionary<string, string?> { ["ws/workspace.json"] = "{ \"v\": 2 }\n" });
        File.WriteAllText(Path.Combine(repo.Path, "ws", "workspace.json"), "{ \"v\": 3 }\n");
        var workspace = Path.Combine(repo.Path, "ws");
        using var resolver = new SideResolver(workspace, repo.Path);

        Assert.Equal(("{ \"v\": 1 }\n", SideKind.Ref, first), Read(resolver.Resolve("v1")));
        Assert.Equal(("{ \"v\": 3 }\n", SideKind.Folder, null), Read(resolver.Resolve("ws")));
        Assert.Equal(("{ \"v\": 1 }\n", SideKind.FolderAtRef, first), Read(resolver.Resolve("ws@main~1")));
        Assert.Equal(("{ \"o\": 1 }\n", SideKind.FolderAtRef, second), Read(resolver.Resolve("./other@HEAD")));
        Assert.Equal(("{ \"v\": 2 }\n", SideKind.Ref, second), Read(resolver.Live()));
        Assert.Equal("v1 (" + first[..12] + ")", resolver.Resolve("v1").Display);
    }

    [Fact]
    public void A_name_that_is_both_a_branch_and_a_folder_means_the_branch_and_dot_slash_means_the_folder()
    {
        using var repo = GitTestRepo.Create();
        repo.Commit("first", new Dictionary<string, string?> { ["workspace.json"] = "{ \"git\": true }\n" });
        repo.Branch("tenant");
        repo.Temp.Write("repo/tenant/workspace.json", "{ \"disk\": true }\n");
        using var resolver = new SideResolver(repo.Path, repo.Path);

        Assert.Equal(SideKind.Ref, resolver.Resolve("tenant").Kind);
        Assert.Equal(("{ \"disk\": true }\n", SideKind.Folder, null), Read(resolver.Resolve("./tenant")));
    }

    [Fact]
    public void A_tenant_side_reads_the_tenants_repository_at_its_live_branch_or_the_ref_given()
    {
        using var source = GitTestRepo.Create();
        source.Commit("source", new Dictionary<string, string?>
        {
            ["workspace.json"] = "{ \"name\": \"source\" }\n",
            ["xanolink.json"] = "{ \"tenants\": [ { \"name\": \"shop:acme\", \"repository\": \"../acme.git\" } ] }\n",
        });
        using var tenantWork = GitTestRepo.Create();
        var oldTip = tenantWork.Commit("acme", new Dictionary<string, string?> { ["workspace.json"] = "{ \"name\": \"acme\" }\n" });
        tenantWork.Branch("old");
        tenantWork.Commit("acme 2", new Dictionary<string, string?> { ["workspace.json"] = "{ \"name\": \"acme2\" }\n" });
        var bare = source.Temp.Combine("acme.git");
        GitTestRepo.Git(source.Temp.Path, "clone", "-q", "--bare", tenantWork.Path, bare);
        using (var tenant = WorkspaceRepository.Open(bare))
        {
            tenant.SetLive("old", GitTestRepo.Who);
        }

        using var resolver = new SideResolver(source.Path, source.Path);
        var live = resolver.Resolve("tenant:shop:acme");
        Assert.Equal(("{ \"name\": \"acme\" }\n", SideKind.Tenant, oldTip), Read(live));
        Assert.Equal("tenant:shop:acme@old", live.Label);
        Assert.Equal("{ \"name\": \"acme2\" }\n", Read(resolver.Resolve("tenant:shop:acme@main")).Text);

        var missing = Assert.Throws<GitWorkspaceException>(() => resolver.Resolve("tenant:shop:globex"));
        Assert.Equal(GitProblem.TenantNotFound, missing.Problem);
        Assert.Equal($"no tenant 'shop:globex' in {Path.Combine(source.Path, "xanolink.json")}; tenants: shop:acme", missing.Message);
    }

    [Fact]
    public void A_side_that_is_neither_ref_nor_folder_says_what_a_side_can_be()
    {
        using var repo = GitTestRepo.Create();
        repo.Commit("first", new Dictionary<string, string?> { ["workspace.json"] = "{}\n" });
        using var resolver = new SideResolver(repo.Path, repo.Path);

        var error = Assert.Throws<GitWorkspaceException>(() => resolver.Resolve("feature"));

        Assert.Equal(
            $"'feature' is not a branch, tag or commit of {repo.Path} (branches: main), and there is no folder '{Path.Combine(repo.Path, "feature")}'; a side is REF, PATH, PATH@REF or tenant:NAME[@REF]",
            error.Message);
        Assert.Equal(GitProblem.RefNotFound, Assert.Throws<GitWorkspaceException>(() => resolver.Resolve(".@nope")).Problem);
    }

    private static (string Text, SideKind Kind, string? Commit) Read(ResolvedSide side) =>
        (System.Text.Encoding.UTF8.GetString(side.Source.Files().Single(f => f.Path == "workspace.json").ReadAllBytes()), side.Kind, side.Commit);
}
