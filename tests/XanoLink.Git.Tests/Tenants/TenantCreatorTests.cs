using LibGit2Sharp;
using XanoLink.Git.Tenants;
using XanoLink.Model;
using XanoLink.Testing;

namespace XanoLink.Git.Tests.Tenants;

public sealed class TenantCreatorTests
{
    [Fact]
    public void A_new_tenant_is_a_bare_repository_whose_live_main_holds_an_empty_workspace_and_is_registered()
    {
        using var temp = new TempDirectory("xlcreate");
        temp.Write("source/workspace.json", "{ \"guid\": \"ws\", \"name\": \"shop\" }\n");
        temp.Write("source/xanolink.json", "{ \"include\": { \"tables\": \"*\" }, \"tenants\": [ { \"name\": \"shop:globex\", \"repository\": \"git://h/globex.git\" } ] }\n");

        var created = TenantCreator.Create(temp.Combine("source"), "shop:acme", temp.Combine("tenants", "acme.git"));

        Assert.Equal("../tenants/acme.git", created.Repository);
        Assert.Matches("^[A-Za-z0-9_-]{1,64}$", created.Guid);
        Assert.True(NameRules.IsValidGuid(created.Guid));
        var bare = temp.Combine("tenants", "acme.git");
        Assert.Equal("true\n", TenantKit.Git(bare, "rev-parse", "--is-bare-repository"));
        Assert.Equal("refs/heads/main\n", TenantKit.Git(bare, "symbolic-ref", "HEAD"));
        Assert.Equal($"{{\n  \"guid\": \"{created.Guid}\",\n  \"name\": \"shop:acme\"\n}}\n", TenantKit.Git(bare, "show", "main:workspace.json"));
        Assert.Equal("workspace.json\n", TenantKit.Git(bare, "ls-tree", "--name-only", "main"));
        using (var repository = WorkspaceRepository.Open(bare))
        {
            Assert.Equal("main", repository.LiveHistory().Single().Branch);
        }

        TenantKit.Git(bare, "fsck", "--strict");
        Assert.Equal(
            "{\n  \"include\": {\n    \"tables\": \"*\"\n  },\n  \"tenants\": [\n    {\n      \"name\": \"shop:globex\",\n      \"repository\": \"git://h/globex.git\"\n    },\n    {\n      \"name\": \"shop:acme\",\n      \"repository\": \"../tenants/acme.git\"\n    }\n  ]\n}\n",
            File.ReadAllText(temp.Combine("source", "xanolink.json")));
    }

    [Fact]
    public void Without_a_manifest_one_is_created_with_just_the_tenant()
    {
        using var temp = new TempDirectory("xlcreate");
        temp.Write("source/workspace.json", "{ \"guid\": \"ws\", \"name\": \"shop\" }\n");

        TenantCreator.Create(temp.Combine("source"), "shop:acme", temp.Combine("source", "tenant.git"));

        Assert.Equal("{\n  \"tenants\": [\n    {\n      \"name\": \"shop:acme\",\n      \"repository\": \"tenant.git\"\n    }\n  ]\n}\n", File.ReadAllText(temp.Combine("source", "xanolink.json")));
    }

    [Fact]
    public void A_taken_name_or_a_non_empty_path_is_refused_and_nothing_is_written()
    {
        using var temp = new TempDirectory("xlcreate");
        temp.Write("source/workspace.json", "{ \"guid\": \"ws\", \"name\": \"shop\" }\n");
        var manifest = "{ \"tenants\": [ { \"name\": \"shop:acme\", \"repository\": \"a.git\" } ] }\n";
        temp.Write("source/xanolink.json", manifest);
        temp.Write("busy/file.txt", "x");

        var taken = Assert.Throws<GitWorkspaceException>(() => TenantCreator.Create(temp.Combine("source"), "shop:acme", temp.Combine("new.git")));
        var busy = Assert.Throws<GitWorkspaceException>(() => TenantCreator.Create(temp.Combine("source"), "shop:globex", temp.Combine("busy")));

        Assert.Equal((GitProblem.TenantExists, GitProblem.PathNotEmpty), (taken.Problem, busy.Problem));
        Assert.False(Directory.Exists(temp.Combine("new.git")));
        Assert.False(Repository.IsValid(temp.Combine("busy")));
        Assert.Equal(manifest, File.ReadAllText(temp.Combine("source", "xanolink.json")));
    }
}
