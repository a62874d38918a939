using XanoLink.Testing;

namespace XanoLink.Cli.Tests.XanoScript;

/// <summary>tenant create and format on a XanoScript workspace.</summary>
public sealed class XanoScriptCommandsTests
{
    private static TempDirectory Source()
    {
        var temp = new TempDirectory("xlxscmd");
        temp.Write("shop/workspace.json", "{ \"guid\": \"ws\", \"name\": \"shop\" }\n");
        temp.Write("shop/table/product.xs", "table product {\n  schema {\n    int id\n  }\n}");
        return temp;
    }

    [Fact]
    public void Tenant_create_for_a_XanoScript_source_makes_a_XanoScript_tenant()
    {
        using var temp = Source();

        var result = CliRunner.Run(temp.Combine("shop"), "tenant", "create", "shop:acme", "../tenants/acme.git");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Created XanoScript tenant shop:acme:", result.Out, StringComparison.Ordinal);
        Assert.Contains("\"format\": \"xanoscript\"", GitCli.Run(temp.Combine("tenants", "acme.git"), "show", "main:workspace.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void Format_prints_XanoScript_files_in_Xanos_style_and_check_lists_them()
    {
        using var temp = Source();
        temp.Write("shop/function/calc.xs", "function calc {\n    stack {\n        var $x { value = 1 }\n    }\n}\n");

        var check = CliRunner.Run(temp.Combine("shop"), "format", "--check");
        var format = CliRunner.Run(temp.Combine("shop"), "format");
        var again = CliRunner.Run(temp.Combine("shop"), "format", "--check");

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("function/calc.xs: not in canonical form", check.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("table/product.xs", check.Out, StringComparison.Ordinal);
        Assert.Equal(0, format.ExitCode);
        Assert.Equal("function calc {\n  stack {\n    var $x {\n      value = 1\n    }\n  }\n}\n", File.ReadAllText(temp.Combine("shop", "function", "calc.xs")));
        Assert.Equal(0, again.ExitCode);
    }
}
