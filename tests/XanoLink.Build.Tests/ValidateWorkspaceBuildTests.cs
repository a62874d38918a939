namespace XanoLink.Build.Tests;

/// <summary>
/// Real <c>dotnet build</c>s of a small NoTargets project that validates itself with the task (each takes seconds, so
/// they are few, and in one class so they run one after another).
/// </summary>
public sealed class ValidateWorkspaceBuildTests
{
    private const string WorkspaceJson = """
        {
          "guid": "ws-shop-source",
          "name": "shop:source"
        }

        """;

    private const string ProductTable = """
        {
          "guid": "t-product",
          "name": "product",
          "fields": [
            { "name": "id", "type": "int" },
            { "name": "title", "type": "text" }
          ]
        }

        """;

    private const string CalcTotal = """
        {
          "guid": "f-calc-total",
          "name": "billing/calc_total",
          "steps": [
            { "op": "db.get", "table": "product", "as": "product" }
          ]
        }

        """;

    private const string Manifest = """
        {
          "include": {
            "functions": ["billing/*"],
            "tables": ["product"]
          }
        }

        """;

    [Fact]
    public void A_valid_workspace_builds_clean_and_an_unchanged_one_is_not_validated_again()
    {
        using var project = ValidWorkspace();

        var first = project.Build();
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Empty(first.Lines);
        Assert.True(first.Validated, first.ToString());
        // The console at dotnet build's default verbosity says what was validated, in one line.
        Assert.Contains("XanoLink: validated shop:source: 2 objects, 0 errors, 0 warnings", first.Output, StringComparison.Ordinal);
        var stamp = File.GetLastWriteTimeUtc(project.StampFile);

        var second = project.Build();
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.True(second.SkippedAsUpToDate, second.ToString());
        Assert.False(second.Validated, second.ToString());
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(project.StampFile));

        // Deleting a file changes no remaining file's date, yet can break the workspace: it must be validated again.
        project.Delete("tables/product.json");
        var third = project.Build();
        Assert.True(third.ExitCode == 1, third.ToString());
        Assert.Equal(["functions/billing/calc_total.json(5,32): error XL1030", "xanolink.json(4,16): error XL2002"], third.Lines.Select(l => l.ToString()));
    }

    [Fact]
    public void A_broken_workspace_fails_the_build_with_one_positioned_error_per_problem()
    {
        using var project = ValidWorkspace()
            .Write("functions/billing/calc_total.json", CalcTotal.Replace("\"product\", \"as\"", "\"order\", \"as\"", StringComparison.Ordinal))
            .Write("xanolink.json", Manifest.Replace("\"tables\": [\"product\"]", "\"tables\": [\"product\"],\n    \"apis\": [\"orders/*\"]", StringComparison.Ordinal));

        var result = project.Build();

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(["functions/billing/calc_total.json(5,32): error XL1030", "xanolink.json(5,14): error XL2002"], result.Lines.Select(l => l.ToString()));
        Assert.Contains("'order'", result.Lines[0].Message, StringComparison.Ordinal);
        Assert.Contains("orders/*", result.Lines[1].Message, StringComparison.Ordinal);
        Assert.False(File.Exists(project.StampFile), "a failed validation must not mark the workspace as validated");
    }

    [Fact]
    public void XanoLinkTreatWarningsAsErrors_turns_an_unknown_property_into_a_failure()
    {
        using var project = ValidWorkspace()
            .Write("tables/product.json", ProductTable.Replace("\"name\": \"product\",", "\"name\": \"product\",\n  \"colour\": \"red\",", StringComparison.Ordinal));

        var lenient = project.Build();
        Assert.True(lenient.ExitCode == 0, lenient.ToString());
        Assert.Equal(["tables/product.json(4,3): warning XL1012"], lenient.Lines.Select(l => l.ToString()));

        // Same files, other setting: the setting is an input too, so this build validates again.
        var strict = project.Build("XanoLinkTreatWarningsAsErrors=true");
        Assert.True(strict.ExitCode == 1, strict.ToString());
        Assert.True(strict.Validated, strict.ToString());
        Assert.Equal(["tables/product.json(4,3): error XL1012"], strict.Lines.Select(l => l.ToString()));
    }

    [Fact]
    public void A_folder_without_workspace_json_is_reported_against_the_project()
    {
        using var project = ValidWorkspace().Delete("workspace.json");

        var result = project.Build();

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(["Workspace.csproj: error XL1901"], result.Lines.Select(l => l.ToString()));
        Assert.Contains("XanoLinkWorkspaceDirectory", result.Lines[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_xanoscript_workspace_is_validated_and_an_edited_xs_file_validates_again()
    {
        using var project = new WorkspaceProject()
            .Write("workspace/shop.xs", "workspace shop {\n  guid = \"ws-shop-xs\"\n}")
            .Write("table/product.xs", "table product {\n  auth = false\n\n  schema {\n    int id\n  }\n\n  guid = \"t-product\"\n}")
            .Write("function/billing/calc_total.xs", "function \"billing/calc_total\" {\n  stack {\n    db.get product {\n      field_name = \"id\"\n      field_value = 1\n    } as $product\n  }\n\n  guid = \"f-calc-total\"\n}");

        var first = project.Build();
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(first.Validated, first.ToString());
        Assert.Empty(first.Lines);

        // The .xs files are the build's inputs: a broken one is validated again and reported at its line and column.
        var broken = project.Write("function/billing/calc_total.xs", "function \"billing/calc_total\" {\n  stack {\n    db.get product {\n      field_name = \n    } as $product\n  }\n}").Build();
        Assert.True(broken.ExitCode == 1, broken.ToString());
        Assert.Equal(["function/billing/calc_total.xs(4,20): error XL1103"], broken.Lines.Select(l => l.ToString()));
    }

    private static WorkspaceProject ValidWorkspace() => new WorkspaceProject()
        .Write("workspace.json", WorkspaceJson)
        .Write("tables/product.json", ProductTable)
        .Write("functions/billing/calc_total.json", CalcTotal)
        .Write("xanolink.json", Manifest);
}
