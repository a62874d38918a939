using LibGit2Sharp;

namespace XanoLink.Git.Tests;

public sealed class LiveBranchTests
{
    private static readonly Signature Later = new("Other", "other@example.com", DateTimeOffset.Parse("2026-01-02T10:30:00+02:00", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void A_repository_made_with_plain_git_counts_its_HEAD_branch_as_live()
    {
        using var repo = GitTestRepo.Create();
        GitTestRepo.Git(repo.Path, "commit", "--allow-empty", "-m", "plain");
        GitTestRepo.Git(repo.Path, "checkout", "-q", "-b", "dev");
        using var workspace = WorkspaceRepository.Open(repo.Path);

        Assert.Equal("dev", workspace.GetLive());
        Assert.Empty(workspace.LiveHistory());
    }

    [Fact]
    public void Setting_the_live_branch_is_recorded_so_plain_git_reads_it_with_its_history()
    {
        using var repo = GitTestRepo.Create();
        var main = repo.Commit("first", new Dictionary<string, string?> { ["workspace.json"] = "{}\n" });
        repo.Branch("dev");
        using (var workspace = WorkspaceRepository.Open(repo.Path))
        {
            workspace.SetLive("dev", GitTestRepo.Who, "Trying the new checkout flow");
            workspace.SetLive("main", Later);
        }

        Assert.Equal(
            $"{{\n  \"branch\": \"main\",\n  \"previous\": \"dev\",\n  \"commit\": \"{main}\"\n}}\n",
            GitTestRepo.Git(repo.Path, "show", "xanolink/live:live.json"));
        Assert.Equal(
            "Other|other@example.com|2026-01-02T10:30:00+02:00|Set live branch to main (was dev)|\n"
            + "Test|test@example.com|2026-01-01T00:00:00+00:00|Set live branch to dev (was main)|Trying the new checkout flow\n",
            GitTestRepo.Git(repo.Path, "log", "--format=%an|%ae|%aI|%s|%b", "xanolink/live").Replace("\n\n", "\n", StringComparison.Ordinal));
        GitTestRepo.Git(repo.Path, "fsck", "--strict", "--no-dangling");
        Assert.Equal("main\n", GitTestRepo.Git(repo.Path, "rev-parse", "--abbrev-ref", "HEAD"));

        using var reopened = WorkspaceRepository.Open(repo.Path);
        Assert.Equal("main", reopened.GetLive());
        var history = reopened.LiveHistory();
        Assert.Equal([("main", "dev", "Other"), ("dev", "main", "Test")], history.Select(h => (h.Branch, h.Previous, h.Who)));
        Assert.Equal(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), history[1].When);
        Assert.Equal("Trying the new checkout flow", history[1].Reason);
        Assert.Equal(["dev", "main"], reopened.Branches());
    }

    [Fact]
    public void A_bare_repositorys_HEAD_follows_the_live_branch_so_a_clone_checks_it_out_and_keeps_the_record()
    {
        using var source = GitTestRepo.Create();
        source.Commit("first", new Dictionary<string, string?> { ["workspace.json"] = "{}\n" });
        source.Branch("release");
        var bare = source.Temp.Combine("tenant.git");
        GitTestRepo.Git(source.Temp.Path, "clone", "-q", "--bare", source.Path, bare);

        using (var tenant = WorkspaceRepository.Open(bare))
        {
            Assert.True(tenant.IsBare);
            Assert.Equal("main", tenant.GetLive());
            tenant.SetLive("release", GitTestRepo.Who, "go live");
        }

        Assert.Equal("refs/heads/release\n", GitTestRepo.Git(bare, "symbolic-ref", "HEAD"));
        GitTestRepo.Git(bare, "fsck", "--strict", "--no-dangling");

        var clone = source.Temp.Combine("clone");
        GitTestRepo.Git(source.Temp.Path, "clone", "-q", bare, clone);
        Assert.Equal("release\n", GitTestRepo.Git(clone, "rev-parse", "--abbrev-ref", "HEAD"));
        Assert.Contains("\"branch\": \"release\"", GitTestRepo.Git(clone, "show", "origin/xanolink/live:live.json"), StringComparison.Ordinal);
        using var cloned = WorkspaceRepository.Open(clone);
        Assert.Equal("release", cloned.GetLive());
        Assert.Equal(("release", "main", "go live"), cloned.LiveHistory().Select(h => (h.Branch, h.Previous, h.Reason)).Single());
        Assert.Equal(["main", "release"], cloned.Branches());
    }

    [Fact]
    public void A_clone_continues_the_record_it_got_from_origin()
    {
        using var source = GitTestRepo.Create();
        source.Commit("first", new Dictionary<string, string?> { ["workspace.json"] = "{}\n" });
        source.Branch("dev");
        using (var workspace = WorkspaceRepository.Open(source.Path))
        {
            workspace.SetLive("dev", GitTestRepo.Who);
        }

        var clone = source.Temp.Combine("clone");
        GitTestRepo.Git(source.Temp.Path, "clone", "-q", source.Path, clone);
        using var cloned = WorkspaceRepository.Open(clone);
        cloned.SetLive("main", Later);

        Assert.Equal([("main", "dev"), ("dev", "main")], cloned.LiveHistory().Select(h => (h.Branch, h.Previous)));
        GitTestRepo.Git(clone, "fsck", "--strict", "--no-dangling");
    }

    [Fact]
    public void Setting_a_branch_that_does_not_exist_fails_with_the_branches_there_are_and_writes_nothing()
    {
        using var repo = GitTestRepo.Create();
        repo.Commit("first", new Dictionary<string, string?> { ["workspace.json"] = "{}\n" });
        repo.Branch("dev");
        using var workspace = WorkspaceRepository.Open(repo.Path);

        var error = Assert.Throws<GitWorkspaceException>(() => workspace.SetLive("feature", GitTestRepo.Who));

        Assert.Equal($"no branch 'feature' in {repo.Path}; branches: dev, main", error.Message);
        Assert.Null(workspace.Repository.Refs["refs/heads/xanolink/live"]);
    }

    [Fact]
    public void Setting_the_branch_that_is_already_live_writes_nothing()
    {
        using var repo = GitTestRepo.Create();
        repo.Commit("first", new Dictionary<string, string?> { ["workspace.json"] = "{}\n" });
        using var workspace = WorkspaceRepository.Open(repo.Path);

        var first = workspace.SetLive("main", GitTestRepo.Who);
        var again = workspace.SetLive("main", Later);

        Assert.Equal(first, again);
        Assert.Null(first.Previous == "main" ? null : first.Previous);
        Assert.Single(workspace.LiveHistory());
    }

    [Fact]
    public void A_created_branch_starts_at_the_ref_given_and_git_sees_it()
    {
        using var repo = GitTestRepo.Create();
        var first = repo.Commit("first", new Dictionary<string, string?> { ["workspace.json"] = "{}\n" });
        repo.Commit("second", new Dictionary<string, string?> { ["workspace.json"] = "{ }\n" });
        using var workspace = WorkspaceRepository.Open(repo.Path);

        workspace.CreateBranch("hotfix", "main~1");

        Assert.Equal(first + "\n", GitTestRepo.Git(repo.Path, "rev-parse", "hotfix"));
        Assert.Equal(GitProblem.BranchExists, Assert.Throws<GitWorkspaceException>(() => workspace.CreateBranch("hotfix")).Problem);
        Assert.Equal(GitProblem.InvalidBranchName, Assert.Throws<GitWorkspaceException>(() => workspace.CreateBranch("bad name")).Problem);
        Assert.Equal(GitProblem.InvalidBranchName, Assert.Throws<GitWorkspaceException>(() => workspace.CreateBranch("xanolink/live")).Problem);
    }
}
