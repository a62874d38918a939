using CsCheck;
using XanoLink.Selection;

namespace XanoLink.Core.Tests.Selection;

/// <summary>Glob against a plain backtracking matcher written from the manifest's rules, whatever Glob does inside.</summary>
public sealed class GlobPropertyTests
{
    private static readonly string[] Tokens = ["a", "b", ".", "/", "*", "?", "**", "**/"];

    // Only what a manifest can hold: valid patterns, and names whose segments are not empty and do not start with a dot.
    private static readonly Gen<string> Patterns = Gen.Int[0, Tokens.Length - 1].Select(i => Tokens[i]).Array[1, 6].Select(string.Concat).Where(Glob.IsValid);

    private static readonly Gen<string> Names = Gen.Int[0, 3].Select(i => "ab./"[i]).Array[1, 7].Select(c => new string(c))
        .Where(n => n.Split('/').All(s => s.Length > 0 && s[0] != '.'));

    /// <summary><c>**/</c> is any number of whole segments, <c>**</c> anything, <c>*</c> anything within a segment, <c>?</c> one character but '/'.</summary>
    private static bool Reference(string p, string s)
    {
        if (p.Length == 0)
        {
            return s.Length == 0;
        }

        if (p.StartsWith("**/", StringComparison.Ordinal))
        {
            return Reference(p[3..], s) || Enumerable.Range(0, s.Length).Any(i => s[i] == '/' && Reference(p[3..], s[(i + 1)..]));
        }

        if (p.StartsWith("**", StringComparison.Ordinal))
        {
            return Enumerable.Range(0, s.Length + 1).Any(i => Reference(p[2..], s[i..]));
        }

        if (p[0] == '*')
        {
            var segment = s.IndexOf('/', StringComparison.Ordinal) is var slash and >= 0 ? slash : s.Length;
            return Enumerable.Range(0, segment + 1).Any(i => Reference(p[1..], s[i..]));
        }

        return s.Length > 0 && (p[0] == '?' ? s[0] != '/' : s[0] == p[0]) && Reference(p[1..], s[1..]);
    }

    [Fact]
    public void A_glob_matches_exactly_the_names_the_rules_say()
    {
        Gen.Select(Patterns, Names).Sample((pattern, name) =>
            Assert.True(Reference(pattern, name) == Glob.Parse(pattern).Matches(name), $"'{pattern}' on '{name}': expected {Reference(pattern, name)}"), iter: 5000);
    }

    [Fact]
    public void Matching_within_sorted_names_finds_what_testing_each_name_finds()
    {
        Gen.Select(Patterns, Names.Array[0, 12]).Sample((pattern, names) =>
        {
            var sorted = names.Distinct().Order(StringComparer.Ordinal).ToArray();
            var glob = Glob.Parse(pattern);
            Assert.Equal(sorted.Where(n => Reference(pattern, n)), glob.MatchesIn(sorted));
        }, iter: 2000);
    }

    [Theory]
    [InlineData("**/total", "subtotal", false)]
    [InlineData("**/total", "a/subtotal", false)]
    [InlineData("**/total", "a/total", true)]
    [InlineData("**/total", "total/x", false)]
    [InlineData("billing/**", "billingx/a", false)]
    [InlineData("a/**/z", "a/xz", false)]
    [InlineData("a/**/z", "a/x/z", true)]
    [InlineData("**", "a/b/c", true)]
    [InlineData("a**", "a/b/c", true)]
    [InlineData("a*b", "a/b", false)]
    [InlineData("a*b", "axxb", true)]
    [InlineData("?", "", false)]
    [InlineData("a+b*", "a+bc", true)]
    [InlineData("a+b*", "aabc", false)]
    [InlineData("(x)|y*", "(x)|yz", true)]
    [InlineData("[ab]*", "a", false)]
    [InlineData("[ab]*", "[ab]c", true)]
    [InlineData("^a$*", "^a$", true)]
    [InlineData("product", "Product", false)]
    public void Globs_match_whole_names_and_take_other_characters_literally(string pattern, string name, bool matches) =>
        Assert.Equal(matches, Glob.Parse(pattern).Matches(name));

    [Theory]
    [InlineData("a/./b", false)]
    [InlineData("a/../b", false)]
    [InlineData("a/", false)]
    [InlineData(".", false)]
    [InlineData("..", false)]
    [InlineData("a.b/c..d", true)]
    [InlineData("*", true)]
    public void Dot_segments_and_empty_segments_are_not_valid(string pattern, bool valid) => Assert.Equal(valid, Glob.IsValid(pattern));
}
