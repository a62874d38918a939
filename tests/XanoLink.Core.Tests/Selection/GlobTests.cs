using XanoLink.Selection;

namespace XanoLink.Core.Tests.Selection;

public sealed class GlobTests
{
    [Theory]
    [InlineData("orders/*", "orders/create", true)]
    [InlineData("orders/*", "orders/admin/create", false)]
    [InlineData("orders/*", "orders", false)]
    [InlineData("billing/**", "billing/a", true)]
    [InlineData("billing/**", "billing/a/b/c", true)]
    [InlineData("billing/**", "billing", false)]
    [InlineData("**/total", "total", true)]
    [InlineData("**/total", "a/b/total", true)]
    [InlineData("a/**/z", "a/z", true)]
    [InlineData("a/**/z", "a/b/c/z", true)]
    [InlineData("calc_?", "calc_a", true)]
    [InlineData("calc_?", "calc_ab", false)]
    [InlineData("?", "/", false)]
    [InlineData("*", "top", true)]
    [InlineData("*", "a/b", false)]
    [InlineData("v1.*", "v1.x", true)]
    [InlineData("v1.*", "v1x", false)]
    [InlineData("product", "product", true)]
    [InlineData("product", "products", false)]
    public void Globs_match_names(string pattern, string name, bool matches) =>
        Assert.Equal(matches, Glob.Parse(pattern).Matches(name));

    [Theory]
    [InlineData("../x", false)]
    [InlineData("/x", false)]
    [InlineData("a\\b", false)]
    [InlineData("a//b", false)]
    [InlineData("", false)]
    [InlineData("a/**", true)]
    public void Only_safe_patterns_are_valid(string pattern, bool valid) => Assert.Equal(valid, Glob.IsValid(pattern));

    private static readonly string[] SortedNames =
        ["a", "a/b", "a/b/c", "a/bc", "ab", "b/a", "b/x/a", "billing/calc", "billing/tax/vat", "orders/create", "orders/list", "orders_2/list"];

    [Theory]
    [InlineData("orders/*")]
    [InlineData("orders*")]
    [InlineData("billing/**")]
    [InlineData("**/a")]
    [InlineData("a/?")]
    [InlineData("a/b")]
    [InlineData("zzz/*")]
    [InlineData("*")]
    public void Matching_within_sorted_names_finds_exactly_what_testing_each_name_finds(string pattern)
    {
        var glob = Glob.Parse(pattern);

        Assert.Equal(SortedNames.Where(glob.Matches), glob.MatchesIn(SortedNames));
    }
}
