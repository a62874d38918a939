using Newtonsoft.Json.Linq;
using XanoLink.Testing;

namespace XanoLink.Cli.Tests.Commands;

/// <summary>The reference text's "Compare Differences" example, on two branches of a copy of the example workspace.</summary>
public sealed class DiffBranchesTests : IDisposable
{
    private readonly TempDirectory temp = new("xldiff");

    public DiffBranchesTests()
    {
        GitCli.CopyFolder(RepositoryRoot.Combine("example-source-workspace"), temp.Path);
        GitCli.InitAndCommit(temp.Path);
        GitCli.Run(temp.Path, "checkout", "-q", "-b", "feature");
        var path = temp.Combine("apis", "products", "create.json");
        var endpoint = JObject.Parse(File.ReadAllText(path));
        var inputs = (JArray)endpoint["inputs"]!;
        inputs.Single(i => (string?)i["name"] == "created_at").Remove();
        inputs.Single(i => (string?)i["name"] == "name")["description"] = "Product name";
        inputs.Single(i => (string?)i["name"] == "category")["required"] = false;
        inputs.Single(i => (string?)i["name"] == "value")["type"] = "int";
        var steps = (JArray)endpoint["steps"]!;
        steps.Insert(1, JObject.Parse("""{ "op": "api.request", "as": "price_check", "url": "https://prices.example.com/check", "method": "GET" }"""));
        steps.Insert(2, JObject.Parse("""{ "op": "var.create", "as": "checked_price", "value": "$price_check.price" }"""));
        File.WriteAllText(path, endpoint.ToString());
        GitCli.Run(temp.Path, "commit", "-q", "-am", "Edit products/create as the reference example does");
    }

    [Fact]
    public void Two_branches_differ_by_exactly_the_six_changes_of_the_reference_example()
    {
        var result = CliRunner.Run(temp.Path, "diff", "main", "feature", "--format", "json");
        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        var item = Assert.Single(JObject.Parse(result.Out)["items"]!);
        Assert.Equal("api:products/create", (string?)item["key"]);
        Assert.Equal(
            ["input name edited", "input category edited", "input value edited", "input created_at deleted", "step API Request added", "step Create Variable added"],
            item["changes"]!.Select(c => $"{c["kind"]} {c["name"]} {c["change"]}"));
    }

    [Fact]
    public void Text_and_markdown_say_the_same_six_changes()
    {
        var text = CliRunner.Run(temp.Path, "diff", "main", "feature");
        Assert.Contains("  input created_at deleted\n", text.Out, StringComparison.Ordinal);
        Assert.Contains("step 2 API Request added", text.Out, StringComparison.Ordinal);
        Assert.Contains("step 3 Create Variable added", text.Out, StringComparison.Ordinal);
        var markdown = CliRunner.Run(temp.Path, "diff", "main", "feature", "--format", "markdown");
        Assert.Contains("| `api:products/create` | modified | 6 |", markdown.Out, StringComparison.Ordinal);
        var html = CliRunner.Run(temp.Path, "diff", "main", "feature", "--format", "html");
        Assert.Contains("Create Variable", html.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void By_default_the_live_branch_is_compared_with_the_folder_on_disk()
    {
        // Without a live record the checked-out branch is live, and the folder matches it.
        Assert.Equal(0, CliRunner.Run(temp.Path, "diff", "--exit-code").ExitCode);

        Assert.Equal(0, CliRunner.Run(temp.Path, "branch", "set-live", "main").ExitCode);
        var result = CliRunner.Run(temp.Path, "diff", "--exit-code");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("api:products/create", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ref_that_does_not_exist_is_a_usage_error()
    {
        var result = CliRunner.Run(temp.Path, "diff", "main", "nope");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'nope' is not a branch, tag or commit", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();
}
