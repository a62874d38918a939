using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using XanoLink.Testing;

namespace XanoLink.Packages.Tests;

/// <summary>The version lives in Directory.Build.props; what a clone's template folder defaults to must agree with it.</summary>
public sealed partial class VersionTests
{
    [Fact]
    public void The_workspace_templates_default_version_is_the_repositorys_version()
    {
        var props = File.ReadAllText(RepositoryRoot.Combine("Directory.Build.props"));
        var version = VersionPrefix().Match(props).Groups[1].Value;
        var template = JObject.Parse(File.ReadAllText(RepositoryRoot.Combine("templates", "content", "workspace", ".template.config", "template.json")));

        Assert.NotEmpty(version);
        Assert.Equal(version, template["symbols"]!["xanolink-version"]!["defaultValue"]!.Value<string>());
    }

    [GeneratedRegex("<VersionPrefix>([^<]+)</VersionPrefix>")]
    private static partial Regex VersionPrefix();
}
