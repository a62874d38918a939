using XanoLink.Git.Publish;

namespace XanoLink.Git.Tests.Publish;

public sealed class RemotePublishTests
{
    [Fact]
    public void A_tenant_behind_a_git_url_is_fetched_into_a_cache_written_and_pushed()
    {
        using var served = new XanoLink.Testing.TempDirectory("xlremote");
        PublishWorld.CreateTenant(served.Combine("remote.git"), "remote");
        using var daemon = new GitDaemon(served.Path);
        using var world = new PublishWorld([("local", null), ("remote", daemon.Url("remote.git"))]);

        var report = world.Publish(merge: true);

        Assert.All(report.Tenants, t => Assert.Equal(PublishStatus.Published, t.Status));
        var remote = report.Tenants.Single(t => t.Name == "remote");
        var clone = Path.Combine(world.Root, "clone");
        GitTestRepo.Git(world.Root, "clone", "-q", daemon.Url("remote.git"), clone);
        Assert.True(File.Exists(Path.Combine(clone, "tables", "product.json")));
        Assert.True(File.Exists(Path.Combine(clone, "workspace.json")));
        Assert.Contains(remote.Branch!, GitTestRepo.Git(clone, "branch", "-r"), StringComparison.Ordinal);
        Assert.Equal(remote.Commit, GitTestRepo.Git(served.Combine("remote.git"), "rev-parse", "refs/xanolink/snapshots/ws-shop-source-0c1e").Trim());
        PublishWorld.Fsck(served.Combine("remote.git"));

        // The second run fetches what the first pushed: up to date, nothing pushed.
        Assert.Equal(PublishStatus.UpToDate, world.Publish(merge: true, tenants: "remote").Tenants.Single().Status);
        world.FsckTenants();
    }

    [Fact]
    public void A_push_the_remote_refuses_fails_only_that_tenant()
    {
        using var served = new XanoLink.Testing.TempDirectory("xlremote");
        PublishWorld.CreateTenant(served.Combine("remote.git"), "remote");
        using var daemon = new GitDaemon(served.Path);
        using var world = new PublishWorld([("local", null), ("remote", daemon.Url("remote.git"))]);
        File.WriteAllText(Path.Combine(served.Combine("remote.git"), "hooks", "pre-receive"), "#!/bin/sh\necho refused by policy >&2\nexit 1\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(served.Combine("remote.git"), "hooks", "pre-receive"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var before = PublishWorld.Refs(served.Combine("remote.git"));

        var report = world.Publish(merge: true);

        Assert.Equal(PublishStatus.Published, report.Tenants.Single(t => t.Name == "local").Status);
        var remote = report.Tenants.Single(t => t.Name == "remote");
        Assert.Equal(PublishStatus.Failed, remote.Status);
        Assert.Contains("was refused", remote.Error, StringComparison.Ordinal);
        Assert.Equal("XL4016", remote.Code);
        Assert.Equal(before, PublishWorld.Refs(served.Combine("remote.git")));

        // Status asks the remote: the snapshot it never got is not reported, and the tenant is not up to date.
        var status = XanoLink.Git.Tenants.TenantStatusReader.Read(PublishSource.Open(world.Source), world.Manifest().FindTenant("remote")!);
        Assert.Null(status.Error);
        Assert.Null(status.LastPublished);
        Assert.False(status.UpToDate);
        Assert.Equal("main", status.Live);
    }

    [Fact]
    public void An_unreachable_remote_is_reported_as_unreachable_by_status_and_publish()
    {
        using var world = new PublishWorld([("remote", "git://127.0.0.1:9/nothing.git")]);

        var outcome = world.Publish(merge: true).Tenants.Single();
        var status = XanoLink.Git.Tenants.TenantStatusReader.Read(PublishSource.Open(world.Source), world.Manifest().FindTenant("remote")!);

        Assert.Equal(("XL4015", PublishStatus.Failed), (outcome.Code, outcome.Status));
        Assert.StartsWith("unreachable", outcome.Error, StringComparison.Ordinal);
        Assert.Equal("XL4015", status.Code);
        Assert.Null(status.Live);
    }
}
