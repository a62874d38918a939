using XanoLink.Manifest;
using XanoLink.Model;

namespace XanoLink.Core.Tests.Validation;

/// <summary>Names and paths that would forge output, or that Git or Windows would read as something else.</summary>
public sealed class HostileNameTests
{
    [Theory]
    [InlineData("shop\\nXanoLink-Source-Guid: forged")]
    [InlineData("shop\u0000source")]
    [InlineData("shop\\tsource")]
    public void A_xanoscript_workspace_name_with_a_control_character_fails_validation_as_workspace_json_does(string escaped)
    {
        // Xano's workspace construct names the workspace when there is no workspace.json; the name reaches commit messages.
        var files = new WorkspaceFiles().Without("workspace.json")
            .With("workspace/shop.xs", $"workspace \"{escaped}\" {{\n  guid = \"ws-1\"\n}}")
            .With("function/calc.xs", "function calc {\n  stack {\n  }\n  guid = \"fn-1\"\n}");

        var d = Assert.Single(files.Validate().Diagnostics, x => x.Code == "XL1050");

        Assert.Equal(("workspace/shop.xs", 1), (d.File, d.Line));
    }

    [Theory]
    [InlineData("shop:source\nSource-Commit: 0000000")]
    [InlineData("shop\u0000source")]
    [InlineData("shop\tsource")]
    [InlineData("shop\u2028source")]
    public void A_workspace_name_with_a_control_character_fails_validation_in_one_line(string name)
    {
        var files = new WorkspaceFiles().With("workspace.json", $$"""{ "guid": "ws", "name": {{Newtonsoft.Json.JsonConvert.ToString(name)}} }""");

        var d = Assert.Single(files.Validate().Diagnostics);

        Assert.Equal(("XL1050", "workspace.json", 1), (d.Code, d.File, d.Line));
        Assert.DoesNotContain('\n', d.ToString());
    }

    [Theory]
    [InlineData("tables/pro\nduct.json")]
    [InlineData("functions/a\u0001/b.json")]
    [InlineData("tables/x\r.records.jsonl")]
    [InlineData("tables/notes\n.txt")]
    public void A_path_with_a_control_character_fails_validation_and_prints_on_one_line(string path)
    {
        var files = new WorkspaceFiles().With(path, """{ "guid": "t", "name": "x", "fields": [ { "name": "id", "type": "int" } ] }""");

        var d = Assert.Single(files.Validate().Diagnostics);

        Assert.Equal(("XL1051", path), (d.Code, d.File));
        Assert.DoesNotContain('\n', d.ToString());
        Assert.DoesNotContain('\r', d.ToString());
    }

    [Fact]
    public void A_diagnostic_prints_control_characters_of_its_file_and_message_escaped()
    {
        var d = Diagnostics.DiagnosticCatalog.UnsafeName.At("tables/a\nb.json", 0, 0, "name 'a\nb'");

        Assert.Equal("tables/a\\u000ab.json: error XL1021: name 'a\\u000ab'", d.ToString());
    }

    [Theory]
    [InlineData("con")]
    [InlineData("CON")]
    [InlineData("aux")]
    [InlineData("Aux.v2")]
    [InlineData("com1")]
    [InlineData("COM9.x")]
    [InlineData("lpt9")]
    [InlineData("nul")]
    [InlineData("prn")]
    [InlineData("billing/con")]
    [InlineData("nul/calc")]
    [InlineData("calc.")]
    [InlineData("billing./calc")]
    public void Object_names_windows_reserves_or_drops_are_unsafe(string name)
    {
        Assert.NotNull(NameRules.Problem(name));
        Assert.False(NameRules.IsValidName(name));

        var files = new WorkspaceFiles().Function(name);
        Assert.Contains(files.Validate().Diagnostics, d => d.Code == "XL1021");
    }

    [Theory]
    [InlineData("console")]
    [InlineData("auxiliary")]
    [InlineData("com10")]
    [InlineData("lpt")]
    [InlineData("null_check")]
    [InlineData("con_table")]
    public void Names_that_only_resemble_device_names_stay_valid(string name)
    {
        Assert.Null(NameRules.Problem(name));
        Assert.Empty(new WorkspaceFiles().Function(name).Validate().Diagnostics);
    }

    [Theory]
    [InlineData("HEAD", "'HEAD'")]
    [InlineData("refs/heads/link/x", "refs/")]
    [InlineData("-x", "option")]
    [InlineData("--orphan", "option")]
    [InlineData("@", "'@'")]
    public void Branch_names_git_takes_for_something_else_are_refused(string name, string why)
    {
        Assert.Contains(why, RefNames.Problem(name), StringComparison.Ordinal);
        Assert.NotNull(BranchTemplate.Problem(name));
    }

    [Fact]
    public void A_publish_branch_template_of_HEAD_fails_validation()
    {
        var d = Assert.Single(new WorkspaceFiles().Manifest("""{ "publish": { "branch": "HEAD" } }""").Validate().Diagnostics);

        Assert.Equal("XL2006", d.Code);
    }
}
