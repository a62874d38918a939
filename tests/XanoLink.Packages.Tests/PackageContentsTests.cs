namespace XanoLink.Packages.Tests;

/// <summary>What `dotnet pack XanoLink.sln` puts in each package: files and the metadata nuget.org shows.</summary>
[Collection(PackageTests.Name)]
[Trait(PackageTests.Trait, PackageTests.TraitValue)]
public sealed class PackageContentsTests(PackageFeed feed)
{
    private static readonly string[] Ids = ["XanoLink.Build", "XanoLink.Core", "XanoLink.Git", "XanoLink.Templates", "XanoLink.Tool"];

    [Fact]
    public void The_solution_packs_exactly_the_five_packages_at_the_one_version()
    {
        Assert.Equal(Ids.Select(id => $"{id}.{feed.Version}.nupkg"), Directory.GetFiles(feed.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(PackageIds))]
    public void Every_package_has_a_description_licence_readme_repository_and_tags(string id)
    {
        var package = new Nupkg(feed.PackagePath(id));

        Assert.Equal(id, package["id"]);
        Assert.Equal(feed.Version, package["version"]);
        Assert.False(string.IsNullOrWhiteSpace(package["description"]), id);
        Assert.Equal("MIT", package["license"]);
        Assert.Equal("expression", package.Element("license")!.Attribute("type")!.Value);
        Assert.Equal("README.md", package["readme"]);
        Assert.Contains("README.md", package.Files);
        Assert.StartsWith("https://github.com/", package.Element("repository")!.Attribute("url")!.Value, StringComparison.Ordinal);
        Assert.Contains("xano", package["tags"]!.Split(' '));
    }

    [Fact]
    public void The_tool_package_is_a_dotnet_tool_with_the_command_xanolink()
    {
        var tool = new Nupkg(feed.PackagePath("XanoLink.Tool"));

        Assert.Equal(["DotnetTool"], tool.PackageTypes);
        Assert.Empty(tool.Dependencies);
        Assert.Contains("tools/net10.0/any/xanolink.dll", tool.Files);
        Assert.Contains("tools/net10.0/any/XanoLink.Git.dll", tool.Files);
        Assert.Contains("tools/net10.0/any/runtimes/linux-x64/native/libgit2-5853918.so", tool.Files);
        Assert.Contains("tools/net10.0/any/DotnetToolSettings.xml", tool.Files);
        Assert.DoesNotContain("tools/net10.0/any/xanolink.xml", tool.Files);
        Assert.DoesNotContain("tools/net10.0/any/XanoLink.Core.xml", tool.Files);
    }

    [Fact]
    public void The_build_package_holds_props_targets_and_the_task_with_Core_but_no_MSBuild_or_Git()
    {
        var build = new Nupkg(feed.PackagePath("XanoLink.Build"));

        Assert.Equal("true", build["developmentDependency"]);
        Assert.Empty(build.Dependencies);
        Assert.Equal(
            ["build/XanoLink.Build.props", "build/XanoLink.Build.targets", "buildTransitive/XanoLink.Build.props", "buildTransitive/XanoLink.Build.targets"],
            build.Files.Where(f => f.StartsWith("build", StringComparison.Ordinal)));
        var tasks = build.Files.Where(f => f.StartsWith("tasks/net10.0/", StringComparison.Ordinal)).Select(Path.GetFileName).ToList();
        Assert.Contains("XanoLink.Build.dll", tasks);
        Assert.Contains("XanoLink.Core.dll", tasks);
        Assert.Contains("Newtonsoft.Json.dll", tasks);
        Assert.DoesNotContain(tasks, f => f!.StartsWith("Microsoft.Build", StringComparison.Ordinal));
        Assert.DoesNotContain(build.Files, f => f.Contains("git2", StringComparison.OrdinalIgnoreCase) || f.Contains("LibGit2Sharp", StringComparison.Ordinal));
        Assert.DoesNotContain(build.Files, f => f.StartsWith("lib/", StringComparison.Ordinal));
    }

    [Fact]
    public void The_libraries_carry_their_api_docs_and_depend_on_packages_not_copies()
    {
        var core = new Nupkg(feed.PackagePath("XanoLink.Core"));
        var git = new Nupkg(feed.PackagePath("XanoLink.Git"));

        Assert.Equal(["lib/net10.0/XanoLink.Core.dll", "lib/net10.0/XanoLink.Core.xml"], core.Files.Where(f => f.StartsWith("lib/", StringComparison.Ordinal)));
        Assert.Contains("Newtonsoft.Json 13.0.4", core.Dependencies);
        Assert.Equal(["lib/net10.0/XanoLink.Git.dll", "lib/net10.0/XanoLink.Git.xml"], git.Files.Where(f => f.StartsWith("lib/", StringComparison.Ordinal)));
        Assert.Contains($"XanoLink.Core {feed.Version}", git.Dependencies);
        Assert.Contains("LibGit2Sharp 0.32.0", git.Dependencies);
    }

    [Fact]
    public void The_template_package_holds_both_templates_with_their_dotfiles()
    {
        var templates = new Nupkg(feed.PackagePath("XanoLink.Templates"));

        Assert.Equal(["Template"], templates.PackageTypes);
        Assert.DoesNotContain(templates.Files, f => f.EndsWith(".dll", StringComparison.Ordinal));
        foreach (var file in new[]
                 {
                     "content/workspace/.template.config/template.json", "content/workspace/.gitattributes", "content/workspace/.gitignore",
                     "content/workspace/.config/dotnet-tools.json", "content/workspace/.github/workflows/xanolink-pr.yml", "content/workspace/.github/workflows/xanolink-publish.yml", "content/workspace/ci/xanolink-publish.sh",
                     "content/object/.template.config/template.json",
                 })
        {
            Assert.Contains(file, templates.Files);
        }
    }

    public static TheoryData<string> PackageIds() => new(Ids);
}
