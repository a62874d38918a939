using System.Diagnostics;
using XanoLink.Testing;

namespace XanoLink.Cli.Tests.Commands;

public sealed class BranchCommandTests
{
    [Fact]
    public void List_marks_the_live_branch_and_set_live_moves_the_mark_and_records_why()
    {
        using var temp = new TempDirectory("xlbranch");
        var repo = NewRepository(temp);

        var list = CliRunner.Run(repo, "branch", "list");
        Assert.Equal(0, list.ExitCode);
        Approvals.Verify(list.Out, "before");

        var set = CliRunner.Run(repo, "branch", "set-live", "dev", "--reason", "new prices");
        Assert.Equal(0, set.ExitCode);
        Assert.StartsWith("Live branch is now dev (was main); recorded in ", set.Out, StringComparison.Ordinal);

        var json = CliRunner.Run(repo, "branch", "list", "--format", "json");
        Approvals.Verify(json.Out, "after", "json");
        Assert.Equal("Set live branch to dev (was main)|Test|new prices\n\n", Git(repo, "log", "-1", "--format=%s|%an|%b", "xanolink/live"));
        Assert.Equal(0, CliRunner.Run(repo, "branch", "set-live", "dev").ExitCode);
        Assert.Equal("dev is already the live branch.\n", CliRunner.Run(repo, "branch", "set-live", "dev").Out);
    }

    [Fact]
    public void Create_starts_a_branch_at_the_ref_given()
    {
        using var temp = new TempDirectory("xlbranch");
        var repo = NewRepository(temp);

        var result = CliRunner.Run(repo, "branch", "create", "hotfix", "--from", "dev", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Git(repo, "rev-parse", "dev").Trim(), Git(repo, "rev-parse", "hotfix").Trim());
        Assert.Contains("\"branch\": \"hotfix\"", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_branch_that_does_not_exist_is_a_usage_error_naming_the_branches()
    {
        using var temp = new TempDirectory("xlbranch");
        var repo = NewRepository(temp);

        var setLive = CliRunner.Run(repo, "branch", "set-live", "feature");
        var create = CliRunner.Run(repo, "branch", "create", "x", "--from", "feature");

        Assert.Equal((2, $"xanolink: no branch 'feature' in {repo}; branches: dev, main\n"), (setLive.ExitCode, setLive.Error));
        Assert.Equal((2, $"xanolink: no branch, tag or commit 'feature' in {repo}; branches: dev, main\n"), (create.ExitCode, create.Error));
        Assert.Equal("", Git(repo, "branch", "--list", "xanolink/live"));
    }

    [Fact]
    public void A_bare_tenant_repository_can_be_named_with_w()
    {
        using var temp = new TempDirectory("xlbranch");
        var repo = NewRepository(temp);
        var bare = Path.Combine(temp.Path, "tenant.git");
        Git(temp.Path, "clone", "-q", "--bare", repo, bare);
        Git(bare, "config", "user.name", "Test");
        Git(bare, "config", "user.email", "test@example.com");

        var result = CliRunner.Run(temp.Path, "branch", "set-live", "dev", "-w", bare);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("refs/heads/dev\n", Git(bare, "symbolic-ref", "HEAD"));
    }

    private static string NewRepository(TempDirectory temp)
    {
        var repo = temp.Write("repo/workspace.json", "{ \"guid\": \"ws\", \"name\": \"shop\" }\n");
        var dir = Path.GetDirectoryName(repo)!;
        Git(dir, "init", "-q", "-b", "main");
        Git(dir, "config", "user.name", "Test");
        Git(dir, "config", "user.email", "test@example.com");
        Git(dir, "add", ".");
        Git(dir, "commit", "-q", "-m", "first");
        Git(dir, "branch", "dev");
        return dir;
    }

    private static string Git(string directory, params string[] args) => GitCli.Run(directory, args);
}
