using System.Text.Json;
using System.Text.RegularExpressions;
using XanoLink.Testing;

namespace XanoLink.Cli.Tests.Templates;

/// <summary>The templates of templates/content, instantiated by the real `dotnet new` and checked with `xanolink validate`.</summary>
public sealed partial class TemplateTests(TemplateHive dotnetNew) : IClassFixture<TemplateHive>
{
    [Fact]
    public void The_template_sources_are_themselves_a_valid_canonical_workspace()
    {
        var source = RepositoryRoot.Combine("templates", "content", "workspace");
        AssertValidWithoutWarnings(source);
        Assert.Equal(0, CliRunner.Run(source, "format", "--check").ExitCode);
    }

    [Fact]
    public void A_new_workspace_is_valid_canonical_and_gets_fresh_guids_every_time()
    {
        using var temp = new TempDirectory();
        var first = temp.Combine("first");
        var second = temp.Combine("second");
        dotnetNew.Run(temp.Path, "xanolink-workspace", "-o", first, "--workspace-name", "shop:test");
        dotnetNew.Run(temp.Path, "xanolink-workspace", "-o", second, "--workspace-name", "shop:test");

        foreach (var workspace in new[] { first, second })
        {
            AssertValidWithoutWarnings(workspace);
            var format = CliRunner.Run(workspace, "format", "--check");
            Assert.True(format.ExitCode == 0, format.Out + format.Error);
            Assert.Equal("shop:test", ReadJson(workspace, "workspace.json").GetProperty("name").GetString());
            Assert.True(File.Exists(Path.Combine(workspace, Path.GetFileName(workspace) + ".csproj")), "the project file is named after the output folder");
            Assert.Contains("*.records.jsonl merge=xanolink diff=xanolink", File.ReadAllText(Path.Combine(workspace, ".gitattributes")), StringComparison.Ordinal);
        }

        var firstGuids = Guids(first);
        var secondGuids = Guids(second);
        Assert.Equal(firstGuids.Keys.Order(), secondGuids.Keys.Order());
        Assert.Equal(5, firstGuids.Count);
        Assert.All(firstGuids.Values.Concat(secondGuids.Values), guid => Assert.Matches(GuidPattern(), guid));
        Assert.Equal(10, firstGuids.Values.Concat(secondGuids.Values).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_new_xanoscript_workspace_is_in_Xanos_layout_valid_and_gets_fresh_guids()
    {
        using var temp = new TempDirectory();
        var workspace = temp.Combine("shop");
        dotnetNew.Run(temp.Path, "xanolink-workspace", "-o", workspace, "--workspace-name", "shop:test", "--format", "xanoscript");

        var files = Directory.EnumerateFiles(workspace, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(workspace, file).Replace('\\', '/'))
            .Where(path => !path.StartsWith('.') && !path.StartsWith("ci/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        Assert.Equal(
            ["README.md", "api/users/api_group.xs", "api/users/me_get.xs", "function/users/display_name.xs", "shop.csproj", "table/user.xs", "workspace/shop.xs", "xanolink.json"],
            files);
        var report = AssertValidWithoutWarnings(workspace);
        Assert.Contains("Workspace shop:test: 4 objects", report, StringComparison.Ordinal);
        Assert.Contains("4 items selected (2 chosen, 2 auto-included)", report, StringComparison.Ordinal);
        Assert.Contains("*.xs -text", File.ReadAllText(Path.Combine(workspace, ".gitattributes")), StringComparison.Ordinal);
        var guids = Directory.EnumerateFiles(workspace, "*.xs", SearchOption.AllDirectories)
            .Select(file => GuidLine().Match(File.ReadAllText(file)))
            .Select(match => match.Success ? match.Groups[1].Value : "")
            .ToArray();
        Assert.Equal(5, guids.Length);
        Assert.All(guids, guid => Assert.Matches(GuidPattern(), guid));
        Assert.DoesNotContain(guids, guid => guid.Contains("GUID", StringComparison.Ordinal));
    }

    [Fact]
    public void New_objects_land_at_their_paths_inside_a_workspace_which_still_validates()
    {
        using var temp = new TempDirectory();
        var workspace = temp.Combine("shop");
        dotnetNew.Run(temp.Path, "xanolink-workspace", "-o", workspace, "--workspace-name", "shop:test");

        dotnetNew.Run(workspace, "xanolink-object", "--kind", "function", "--folder", "billing", "--name", "calc");
        dotnetNew.Run(workspace, "xanolink-object", "--kind", "api-group", "--name", "orders");
        dotnetNew.Run(workspace, "xanolink-object", "--kind", "endpoint", "--group", "orders", "--name", "create", "--verb", "POST");

        var function = ReadJson(workspace, "functions/billing/calc.json");
        Assert.Equal("billing/calc", function.GetProperty("name").GetString());
        Assert.Matches(GuidPattern(), function.GetProperty("guid").GetString());
        var endpoint = ReadJson(workspace, "apis/orders/create.json");
        Assert.Equal("orders/create", endpoint.GetProperty("name").GetString());
        Assert.Equal("POST", endpoint.GetProperty("verb").GetString());
        Assert.Equal("/orders/create", endpoint.GetProperty("path").GetString());
        Assert.Equal("orders", ReadJson(workspace, "apis/orders/api-group.json").GetProperty("name").GetString());
        Assert.Equal(["apis", "functions", "tables"], Directory.GetDirectories(workspace).Select(Path.GetFileName).Where(n => !n!.StartsWith('.') && n != "ci").Order());

        var report = AssertValidWithoutWarnings(workspace);
        Assert.Contains("7 objects", report, StringComparison.Ordinal);
    }

    private static string AssertValidWithoutWarnings(string workspace)
    {
        var json = CliRunner.Run(workspace, "validate", "--format", "json");
        Assert.True(json.ExitCode == 0, json.Out + json.Error);
        using var document = JsonDocument.Parse(json.Out);
        Assert.Equal(0, document.RootElement.GetProperty("errors").GetInt32());
        Assert.True(document.RootElement.GetProperty("warnings").GetInt32() == 0, json.Out);
        return CliRunner.Run(workspace, "validate").Out;
    }

    private static JsonElement ReadJson(string workspace, string path) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine([workspace, .. path.Split('/')]))).RootElement.Clone();

    // Every guid of a workspace: workspace.json's and each object file's, by workspace-relative path.
    private static Dictionary<string, string> Guids(string workspace) =>
        Directory.EnumerateFiles(workspace, "*.json", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(workspace, file).Replace('\\', '/'))
            .Where(path => !path.StartsWith('.') && path != "xanolink.json")
            .ToDictionary(path => path, path => ReadJson(workspace, path).GetProperty("guid").GetString()!, StringComparer.Ordinal);

    [GeneratedRegex("^  guid = \"([^\"]*)\"$", RegexOptions.Multiline)]
    private static partial Regex GuidLine();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex GuidPattern();
}
