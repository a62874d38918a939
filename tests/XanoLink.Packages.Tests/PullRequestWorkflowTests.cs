using Newtonsoft.Json.Linq;
using XanoLink.Testing;

namespace XanoLink.Packages.Tests;

/// <summary>
/// The template's pull-request workflow in its plain-script form: ci/xanolink-pr.sh makes the reviewed plan an artifact,
/// ci/xanolink-publish.sh applies exactly that plan; a tenant changed by hand in between is refused with its code.
/// </summary>
[Collection(PackageTests.Name)]
[Trait(PackageTests.Trait, PackageTests.TraitValue)]
public sealed class PullRequestWorkflowTests(PackageFeed feed)
{
    [Fact]
    public void The_plan_a_pull_request_reviewed_is_applied_exactly_and_a_tenant_changed_since_is_refused()
    {
        var folder = Path.Combine(feed.Machine, "pr-workflow");
        Directory.CreateDirectory(folder);
        var hive = Path.Combine(folder, "hive");
        var ws = Path.Combine(folder, "ws");
        Succeeds(feed.Run(folder, "dotnet", "new", "install", feed.PackagePath("XanoLink.Templates"), "--debug:custom-hive", hive));
        Succeeds(feed.Run(folder, "dotnet", "new", "xanolink-workspace", "-o", ws, "--debug:custom-hive", hive));
        Succeeds(feed.Run(ws, "dotnet", "tool", "restore"));
        GitCli.InitAndCommit(ws, "New workspace");
        Succeeds(feed.Run(ws, "dotnet", "xanolink", "tenant", "create", "shop:acme", "../tenants/acme.git"));
        Succeeds(feed.Run(ws, "dotnet", "xanolink", "tenant", "create", "shop:globex", "../tenants/globex.git"));
        GitCli.Run(ws, "commit", "-qam", "Two tenants");
        Succeeds(feed.Run(ws, "dotnet", "xanolink", "publish", "--merge"));

        // A pull request: a new description on the feature branch.
        GitCli.Run(ws, "checkout", "-q", "-b", "feature");
        var endpoint = Path.Combine(ws, "apis", "users", "me.json");
        var json = JObject.Parse(File.ReadAllText(endpoint));
        json["description"] = "Reviewed in the pull request";
        File.WriteAllText(endpoint, json.ToString() + "\n");
        GitCli.Run(ws, "commit", "-qam", "Describe users/me");

        var pr = Succeeds(feed.Run(ws, "sh", "ci/xanolink-pr.sh", "main", "feature"));
        var plan = Path.Combine(ws, "xanolink-plan.json");
        Assert.Contains("would-publish", File.ReadAllText(plan), StringComparison.Ordinal);
        Assert.Contains("Reviewed in the pull request", File.ReadAllText(Path.Combine(ws, "xanolink-pr.md")), StringComparison.Ordinal);
        Assert.Contains("xanolink-plan.json", pr.Output, StringComparison.Ordinal);

        // Between review and publish someone changes globex's live branch by hand.
        var globex = Path.Combine(folder, "tenants", "globex.git");
        var work = Path.Combine(folder, "globex-work");
        GitCli.Run(folder, "clone", "-q", globex, work);
        File.WriteAllText(Path.Combine(work, "README.md"), "globex notes\n");
        GitCli.Run(work, "add", "-A");
        GitCli.Run(work, "commit", "-qm", "A hand edit");
        GitCli.Run(work, "push", "-q", "origin", "main");
        var acmeBefore = GitCli.Run(Path.Combine(folder, "tenants", "acme.git"), "rev-parse", "main").Trim();

        GitCli.Run(ws, "checkout", "-q", "main");
        GitCli.Run(ws, "merge", "-q", "--no-ff", "--no-edit", "feature");
        var publish = feed.Run(ws, "sh", "ci/xanolink-publish.sh", plan);

        Assert.Equal(1, publish.ExitCode);
        Assert.Contains("shop:globex: failed XL4023", publish.Output, StringComparison.Ordinal);
        Assert.Contains("shop:acme: published", publish.Output, StringComparison.Ordinal);
        var acme = Path.Combine(folder, "tenants", "acme.git");
        Assert.NotEqual(acmeBefore, GitCli.Run(acme, "rev-parse", "main").Trim());
        Assert.Contains("Reviewed in the pull request", GitCli.Run(acme, "show", "main:apis/users/me.json"), StringComparison.Ordinal);
        Assert.DoesNotContain("Reviewed in the pull request", GitCli.Run(globex, "show", "main:apis/users/me.json"), StringComparison.Ordinal);
    }

    private static ProcessResult Succeeds(ProcessResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }
}
