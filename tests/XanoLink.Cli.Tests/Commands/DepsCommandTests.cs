using XanoLink.Testing;

namespace XanoLink.Cli.Tests.Commands;

public sealed class DepsCommandTests
{
    private static CliRunner.Result Run(TempDirectory temp, params string[] args) => CliRunner.Run(temp.Path, ["deps", .. args]);

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("mermaid")]
    [InlineData("dot")]
    public void The_manifest_selection_in_each_format(string format)
    {
        using var temp = DepsFixture.Create();
        var result = Run(temp, "--format", format);
        Assert.Equal("", result.Error);
        Assert.Equal(0, result.ExitCode);
        Approvals.Verify(result.Out, format, format switch { "json" => "json", "mermaid" => "mmd", "dot" => "dot", _ => "txt" });
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("mermaid")]
    [InlineData("dot")]
    public void The_closure_of_given_items_in_each_format(string format)
    {
        using var temp = DepsFixture.Create();
        var result = Run(temp, "function:billing/apply_discount", "--format", format);
        Assert.Equal(0, result.ExitCode);
        Approvals.Verify(result.Out, format, format switch { "json" => "json", "mermaid" => "mmd", "dot" => "dot", _ => "txt" });
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("mermaid")]
    [InlineData("dot")]
    public void What_uses_a_table_in_each_format(string format)
    {
        using var temp = DepsFixture.Create();
        var result = Run(temp, "--reverse", "table:customer", "--format", format);
        Assert.Equal(0, result.ExitCode);
        Approvals.Verify(result.Out, format, format switch { "json" => "json", "mermaid" => "mmd", "dot" => "dot", _ => "txt" });
    }

    [Fact]
    public void An_unknown_item_is_a_usage_error_with_a_suggestion()
    {
        using var temp = DepsFixture.Create();
        var result = Run(temp, "function:billing/calc_totl");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("xanolink: no function 'billing/calc_totl' in the workspace; did you mean 'function:billing/calc_total'?\n", result.Error);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void A_bare_name_is_a_usage_error_that_suggests_its_key()
    {
        using var temp = DepsFixture.Create();
        var result = Run(temp, "billing/calc_total");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'billing/calc_total' is not an item key", result.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'function:billing/calc_total'?", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void No_manifest_and_no_item_is_a_usage_error()
    {
        using var temp = DepsFixture.Create(manifest: null);
        var result = Run(temp);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no xanolink.json: pass ITEMs", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Reverse_without_items_is_a_usage_error()
    {
        using var temp = DepsFixture.Create();
        Assert.Equal(2, Run(temp, "--reverse").ExitCode);
    }

    [Fact]
    public void Manifest_errors_go_to_stderr_with_exit_1_and_the_selection_is_still_printed()
    {
        using var temp = DepsFixture.Create("""
            {
              "include": { "apis": ["orders/*"] },
              "autoIncludeDependencies": false
            }
            """);
        var result = Run(temp, "--format", "json");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("\"api:orders/create_order\"", result.Out, StringComparison.Ordinal);
        Assert.Contains("xanolink.json(2,25): error XL2007: api:orders/create_order needs function:billing/calc_total (step 1 Custom Function, apis/orders/create_order.json:8), which is not selected", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_manifest_without_items_exits_1_with_its_diagnostic()
    {
        using var temp = DepsFixture.Create("{ \"include\": ");
        var result = Run(temp);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("xanolink.json(", result.Error, StringComparison.Ordinal);
        Assert.Contains("XL1001", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Items_work_without_a_manifest_and_other_workspace_errors_are_a_warning()
    {
        using var temp = DepsFixture.Create(manifest: null);
        temp.Write("functions/broken.json", """{ "guid": "f-broken", "name": "broken", "steps": [ { "op": "db.get", "table": "nope" } ] }""" + "\n");
        var result = Run(temp, "function:billing/calc_total", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning: the workspace has 1 validation error(s)", result.Error, StringComparison.Ordinal);
    }
}
