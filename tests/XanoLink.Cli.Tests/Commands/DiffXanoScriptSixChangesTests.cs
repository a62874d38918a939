using Newtonsoft.Json.Linq;
using XanoLink.Testing;

namespace XanoLink.Cli.Tests.Commands;

/// <summary>
/// The reference text's "Compare Differences" example in XanoScript: on two commits of a copy of
/// example-xanoscript-workspace, the endpoint that adds a product loses its input created_at, has its inputs name,
/// category and value edited, and gains an api.request and a var statement. Every diff format shows those six changes.
/// </summary>
public sealed class DiffXanoScriptSixChangesTests : IDisposable
{
    private readonly TempDirectory temp = new("xlxsdiff");

    public DiffXanoScriptSixChangesTests()
    {
        GitCli.CopyFolder(RepositoryRoot.Combine("example-xanoscript-workspace"), temp.Path);
        GitCli.InitAndCommit(temp.Path);
        GitCli.Run(temp.Path, "checkout", "-q", "-b", "feature");
        var path = temp.Combine("api", "products", "products_post.xs");
        var text = File.ReadAllText(path);
        text = Replace(text, "    text name filters=trim\n", "    text name filters=trim|lower\n");
        text = Replace(text, "    int category\n", "    int category?=1\n");
        text = Replace(text, "    decimal value\n", "    decimal value filters=min:0\n");
        text = Replace(text, "    timestamp? created_at?\n", "");
        text = Replace(text, "    } as $slug\n", """
                } as $slug
              
                api.request {
                  url = "https://prices.example.com/check"
                  method = "GET"
                  params = {name: $input.name}
                } as $price_check
              
                var $checked_price {
                  value = $price_check.response.result.price
                }

            """);
        File.WriteAllText(path, text);
        GitCli.Run(temp.Path, "commit", "-q", "-am", "Edit the product endpoint as the reference example does");
    }

    [Fact]
    public void Two_commits_differ_by_exactly_the_six_changes_of_the_reference_example()
    {
        var result = CliRunner.Run(temp.Path, "diff", "main", "feature", "--format", "json");

        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        var item = Assert.Single(JObject.Parse(result.Out)["items"]!);
        Assert.Equal("api:products/products_POST", (string?)item["key"]);
        Assert.Equal(
            ["input name edited", "input category edited", "input value edited", "input created_at deleted", "step API Request added", "step Create Variable added"],
            item["changes"]!.Select(c => $"{c["kind"]} {c["name"]} {c["change"]}"));
    }

    [Theory]
    [InlineData("text", "txt")]
    [InlineData("json", "json")]
    [InlineData("markdown", "md")]
    [InlineData("html", "html")]
    public void Every_format_shows_the_six_changes(string format, string extension)
    {
        var result = CliRunner.Run(temp.Path, "diff", "main", "feature", "--format", format);

        Assert.Equal((0, ""), (result.ExitCode, result.Error));
        Approvals.Verify(result.Out, format, extension);
    }

    public void Dispose() => temp.Dispose();

    private static string Replace(string text, string from, string to)
    {
        Assert.Contains(from, text, StringComparison.Ordinal);
        return text.Replace(from, to, StringComparison.Ordinal);
    }
}
