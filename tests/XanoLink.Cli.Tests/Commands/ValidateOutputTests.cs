using XanoLink.Testing;

namespace XanoLink.Cli.Tests.Commands;

public sealed class ValidateOutputTests
{
    private static TempDirectory BrokenWorkspace()
    {
        var temp = new TempDirectory();
        temp.Write("workspace.json", "{ \"guid\": \"ws-1\", \"name\": \"shop:source\" }\n");
        temp.Write("tables/product.json", "{\n  \"guid\": \"t-product\",\n  \"name\": \"product\",\n  \"fields\": [\n    { \"name\": \"id\", \"type\": \"int\" },\n    { \"name\": \"category_id\", \"type\": \"int\", \"table\": \"categroy\" }\n  ],\n  \"colour\": \"red\"\n}\n");
        temp.Write("tables/category.json", "{ \"guid\": \"t-category\", \"name\": \"category\", \"fields\": [ { \"name\": \"id\", \"type\": \"int\" } ] }\n");
        temp.Write("functions/broken.json", "{ \"guid\": \"f1\", \"name\": \"broken\" \"steps\": [] }\n");
        temp.Write("xanolink.json", "{\n  \"include\": {\n    \"tables\": [\"product\", \"prodcts/*\"]\n  },\n  \"records\": { \"category\": [1] }\n}\n");
        return temp;
    }

    [Fact]
    public void Text_output_lists_every_problem_in_msbuild_form_then_a_summary()
    {
        using var temp = BrokenWorkspace();
        var result = CliRunner.Run(temp.Path, "validate");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Error);
        Approvals.Verify(result.Out);
    }

    [Fact]
    public void Json_output_is_one_document_with_counts()
    {
        using var temp = BrokenWorkspace();
        var result = CliRunner.Run(temp.Combine("tables"), "validate", "--format", "json");
        Assert.Equal(1, result.ExitCode);
        Approvals.Verify(result.Out, extension: "json");
    }

    [Fact]
    public void A_valid_workspace_exits_zero_with_a_summary()
    {
        using var temp = new TempDirectory();
        temp.Write("workspace.json", "{ \"guid\": \"ws-1\", \"name\": \"shop:source\" }\n");
        temp.Write("tables/product.json", "{ \"guid\": \"t-product\", \"name\": \"product\", \"fields\": [ { \"name\": \"id\", \"type\": \"int\" } ] }\n");
        var result = CliRunner.Run(temp.Path, "validate", "-w", temp.Path);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Workspace shop:source: 1 object (1 table), 0 records in 0 tables\nValid: 0 errors, 0 warnings\n", result.Out);
    }
}
