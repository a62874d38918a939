using Newtonsoft.Json.Linq;
using XanoLink.Testing;

namespace XanoLink.Cli.Tests.Publish;

/// <summary>Issue 11: fleet views: status sorted and filtered by state, publish's summary, and sharded reports merged into one view.</summary>
public sealed class FleetCommandTests : IDisposable
{
    private readonly TempDirectory temp = new("xlfleet");
    private readonly string source;

    public FleetCommandTests()
    {
        source = temp.Combine("source");
        GitCli.CopyFolder(RepositoryRoot.Combine("example-source-workspace"), source);
        GitCli.InitAndCommit(source, "Shop source");
        foreach (var tenant in new[] { "shop:acme", "shop:globex", "shop:initech" })
        {
            Assert.Equal(0, Xl("tenant", "create", tenant).ExitCode);
        }
    }

    [Fact]
    public void Status_filters_by_state_and_sorts_a_fleet_and_counts_every_state()
    {
        Assert.Equal(0, Xl("publish", "--merge", "--tenant", "shop:acme").ExitCode);

        var never = JObject.Parse(Xl("status", "--state", "never", "--format", "json").Out);
        var byState = Xl("status", "--sort", "state");

        Assert.Equal(["shop:globex", "shop:initech"], never["tenants"]!.Select(t => (string)t["name"]!));
        Assert.Equal(2, (int)never["summary"]!["never"]!);
        Assert.Equal(1, (int)never["summary"]!["up-to-date"]!);
        var order = byState.Out.Split('\n').Skip(2).TakeWhile(l => l.StartsWith("shop:", StringComparison.Ordinal)).Select(l => l.Split(' ')[0]).ToArray();
        Assert.Equal(["shop:globex", "shop:initech", "shop:acme"], order);
        Assert.Contains("3 tenant(s): 1 up-to-date, 0 behind, 2 never, 0 error.", byState.Out, StringComparison.Ordinal);
        Assert.Equal(2, Xl("status", "--state", "sideways").ExitCode);
    }

    [Fact]
    public void Reports_of_sharded_runs_merge_into_one_fleet_view()
    {
        var reports = new List<string>();
        for (var i = 1; i <= 2; i++)
        {
            var run = Xl("publish", "--merge", "--shard", $"{i}/2", "--format", "json");
            Assert.Equal(0, run.ExitCode);
            Assert.NotNull(JObject.Parse(run.Out)["summary"]);
            reports.Add(temp.Write($"publish-{i}.json", run.Out));
        }

        var text = Xl(["status", "--merge-reports", .. reports]);
        var json = JObject.Parse(Xl(["status", "--merge-reports", .. reports, "--format", "json"]).Out);

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("3 tenant(s) in 2 report(s): 3 published.", text.Out, StringComparison.Ordinal);
        Assert.Equal(["shop:acme", "shop:globex", "shop:initech"], json["tenants"]!.Select(t => (string)t["name"]!));
        Assert.Single(json["sourceCommits"]!);
        Assert.Equal(2, Xl("status", "--merge-reports", temp.Write("junk.json", "{}")).ExitCode);
    }

    public void Dispose() => temp.Dispose();

    private CliRunner.Result Xl(params string[] args) => CliRunner.Run(source, args);
}
