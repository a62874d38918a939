using XanoLink.Testing;

namespace XanoLink.Cli.Tests.XanoScript;

/// <summary>-w and the nearest-folder rule find a XanoScript workspace as Xano's tools write one.</summary>
public sealed class XanoScriptDiscoveryTests
{
    private static TempDirectory Workspace(string marker, string markerText)
    {
        var temp = new TempDirectory("xlxsfind");
        temp.Write("shop/" + marker, markerText);
        temp.Write("shop/function/billing/tax.xs", "function \"billing/tax\" {\n  stack {\n  }\n}");
        temp.Write("shop/table/product.xs", "table product {\n  schema {\n    int id\n  }\n}");
        temp.Write("shop/table/trigger/audit.xs", "table_trigger audit {\n  table = \"product\"\n  actions = {insert: true}\n\n  stack {\n  }\n}");
        temp.Write("shop/ai/agent/bot.xs", "agent bot {\n  canonical = \"bot\"\n}");
        temp.Write("shop/api/products/api_group.xs", "api_group products {\n}");
        temp.Write("shop/api/products/list_get.xs", "query products verb=GET {\n  stack {\n  }\n\n  response = null\n}");
        temp.Write("shop/xanolink.json", "{ \"include\": { \"functions\": \"*\" } }\n");
        return temp;
    }

    [Theory]
    [InlineData("workspace/shop.xs", "workspace shop {\n}", "")]
    [InlineData("workspace/shop.xs", "workspace shop {\n}", "function/billing")]
    [InlineData("branch.xs", "branch v1 {\n}", "table/trigger")]
    [InlineData("branch.xs", "branch v1 {\n}", "ai/agent")]
    [InlineData("workspace.json", "{ \"guid\": \"ws\", \"name\": \"shop\" }\n", "api/products")]
    public void Validate_from_inside_a_XanoScript_workspace_finds_its_root_and_manifest(string marker, string text, string below)
    {
        using var temp = Workspace(marker, text);

        var result = CliRunner.Run(temp.Combine(["shop", .. below.Split('/', StringSplitOptions.RemoveEmptyEntries)]), "validate");

        Assert.Contains("6 objects", result.Out, StringComparison.Ordinal);
        Assert.Contains("Link manifest: ", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("XL1005", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Dash_w_takes_a_XanoScript_workspace_and_refuses_a_folder_inside_it()
    {
        using var temp = Workspace("branch.xs", "branch v1 {\n}");

        var root = CliRunner.Run(temp.Path, "validate", "-w", "shop");
        var inside = CliRunner.Run(temp.Path, "validate", "-w", "shop/api");

        Assert.Contains("6 objects", root.Out, StringComparison.Ordinal);
        Assert.Equal(2, inside.ExitCode);
        Assert.Contains("'shop/api' is not a workspace", inside.Error, StringComparison.Ordinal);
    }
}
