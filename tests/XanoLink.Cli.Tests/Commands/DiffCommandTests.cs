using Newtonsoft.Json.Linq;
using XanoLink.Testing;

namespace XanoLink.Cli.Tests.Commands;

public sealed class DiffCommandTests : IDisposable
{
    private readonly TempDirectory temp = new("xl-diff");

    public DiffCommandTests()
    {
        foreach (var side in new[] { "left", "right" })
        {
            temp.Write($"{side}/workspace.json", """{ "guid": "ws", "name": "shop:source" }""");
            temp.Write($"{side}/apis/products/api-group.json", """{ "guid": "g", "name": "products" }""");
            temp.Write($"{side}/tables/product.json", """{ "guid": "t", "name": "product", "fields": [ { "name": "id", "type": "int" } ] }""");
        }

        temp.Write("left/apis/products/update.json", """{ "guid": "a", "name": "products/update", "verb": "PATCH", "path": "/p", "inputs": [ { "name": "created_at", "type": "timestamp" }, { "name": "name", "type": "text" } ], "steps": [ { "op": "db.get", "table": "product", "as": "p" } ] }""");
        temp.Write("right/apis/products/update.json", """{ "guid": "a", "name": "products/update", "verb": "PATCH", "path": "/p", "inputs": [ { "name": "name", "type": "text", "required": true } ], "steps": [ { "op": "db.get", "table": "product", "as": "p" }, { "op": "api.request", "url": "https://x.example/", "as": "r" } ] }""");
    }

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Two_folders_are_compared_item_by_item()
    {
        var result = CliRunner.Run(temp.Path, "diff", "left", "right");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            """
            api:products/update  modified  3 changes
            1 item differs: 0 added, 0 deleted, 1 modified, 0 renamed; 3 changes

            api:products/update  modified  3 changes
              input created_at deleted
              input name edited: required true added
              step 2 API Request added

            """,
            result.Out);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Exit_code_is_1_with_differences_and_0_without()
    {
        Assert.Equal(1, CliRunner.Run(temp.Path, "diff", "left", "right", "--exit-code").ExitCode);
        Assert.Equal(0, CliRunner.Run(temp.Path, "diff", "left", "left", "--exit-code").ExitCode);
    }

    [Fact]
    public void Right_defaults_to_the_workspace_on_disk()
    {
        var result = CliRunner.Run(temp.Combine("right"), "diff", "../left", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var item = Assert.Single((JArray)JObject.Parse(result.Out)["items"]!);
        Assert.Equal("api:products/update", (string?)item["key"]);
        Assert.Equal(3, ((JArray)item["changes"]!).Count);
        Assert.NotNull(item["delta"]);
    }

    [Fact]
    public void Without_sides_outside_a_repository_it_says_there_is_no_live_branch()
    {
        var result = CliRunner.Run(temp.Combine("right"), "diff");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is not in a Git repository, so it has no live branch", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_side_that_does_not_exist_is_a_usage_error()
    {
        var result = CliRunner.Run(temp.Path, "diff", "left", "nowhere");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'nowhere' does not exist", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_item_is_a_usage_error_and_a_known_one_filters()
    {
        Assert.Equal(2, CliRunner.Run(temp.Path, "diff", "left", "right", "--item", "api:products/nothing").ExitCode);
        Assert.Equal(2, CliRunner.Run(temp.Path, "diff", "left", "right", "--item", "not a key").ExitCode);

        var result = CliRunner.Run(temp.Path, "diff", "left", "right", "--item", "table:product");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("No differences.\n", result.Out);
    }

    [Theory]
    [InlineData("markdown", "<details>")]
    [InlineData("html", "<!DOCTYPE html>")]
    public void Every_format_is_offered(string format, string expected)
    {
        var result = CliRunner.Run(temp.Path, "diff", "left", "right", "--format", format);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expected, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_file_is_reported_and_exits_1()
    {
        temp.Write("right/functions/broken.json", "{ nope");
        temp.Write("left/functions/broken.json", """{ "guid": "b", "name": "broken", "steps": [] }""");

        var result = CliRunner.Run(temp.Path, "diff", "left", "right");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("functions/broken.json", result.Error, StringComparison.Ordinal);
        Assert.Contains("XL3050", result.Error, StringComparison.Ordinal);
    }
}
