using System.Text.RegularExpressions;
using HealLink.Core.Onboarding;
using HealLink.Core.People;

namespace HealLink.Core.Tests.Onboarding;

/// <summary>The committed diagram (HealLink.Core/Onboarding/README.md) must draw exactly the step tables.</summary>
public sealed partial class OnboardingDiagramTests
{
    private const string Terminal = "[*]";

    private readonly OnboardingFlow _flow = new();
    private readonly string _diagram = ReadDiagram();

    [Fact]
    public void Diagram_States_AreExactlyTheStepsOfTheTables()
    {
        var declared = StateDeclaration().Matches(_diagram).Select(m => (Key: m.Groups["key"].Value, Id: m.Groups["id"].Value));

        Assert.Equal(ExpectedStates().Order(), declared.Order());
    }

    [Fact]
    public void Diagram_Edges_AreExactlyTheTransitionsOfTheTables()
    {
        var drawn = Edge().Matches(_diagram).Select(m => (From: m.Groups["from"].Value, To: m.Groups["to"].Value));

        Assert.Equal(ExpectedEdges().Order(), drawn.Order());
    }

    [Fact]
    public void Diagram_EveryStepKey_AppearsInTheDiagram()
    {
        var keys = _flow.Common.Concat(_flow.Mentee).Concat(_flow.Mentor).Select(s => s.Key).Append(StepKeys.EditMenu);

        Assert.All(keys, key => Assert.Contains($"state \"{key}\" as ", _diagram, StringComparison.Ordinal));
    }

    private IEnumerable<(string Key, string Id)> ExpectedStates()
    {
        foreach (var step in _flow.Common)
        {
            yield return (step.Key, Id(null, step.Key));
        }

        foreach (var role in Enum.GetValues<Role>())
        {
            foreach (var step in _flow.TableFor(role).Append(_flow.EditMenu(role)))
            {
                yield return (step.Key, Id(role, step.Key));
            }
        }
    }

    private IEnumerable<(string From, string To)> ExpectedEdges()
    {
        yield return (Terminal, Id(null, _flow.First.Key));
        foreach (var edge in Consecutive(_flow.Common.Select(s => Id(null, s.Key))).Concat(OptionEdges(null, _flow.Common)))
        {
            yield return edge;
        }

        foreach (var role in Enum.GetValues<Role>())
        {
            var table = _flow.TableFor(role);
            yield return (Id(null, _flow.Common[^1].Key), Id(role, table[0].Key));
            foreach (var edge in Consecutive(table.Select(s => Id(role, s.Key))).Concat(OptionEdges(role, table)))
            {
                yield return edge;
            }

            // After an answer is changed from the edit menu, the summary is shown again.
            yield return (Id(role, StepKeys.EditMenu), Id(role, StepKeys.Summary));
        }
    }

    private static IEnumerable<(string From, string To)> OptionEdges(Role? role, IEnumerable<OnboardingStep> steps) =>
        from step in steps
        from option in step.Options
        let to = option.Then switch
        {
            Transition.Decline or Transition.Confirm => Terminal,
            Transition.OpenEditMenu => Id(role, StepKeys.EditMenu),
            _ => null,
        }
        where to is not null
        select (Id(role, step.Key), to);

    private static IEnumerable<(string From, string To)> Consecutive(IEnumerable<string> ids) =>
        ids.Zip(ids.Skip(1));

    private static string Id(Role? role, string key) =>
        (role is null ? "" : role.Value.ToString().ToLowerInvariant() + "_") + key.Replace('-', '_');

    private static string ReadDiagram()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "HealLink.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        var readme = File.ReadAllText(Path.Combine(directory.FullName, "HealLink.Core", "Onboarding", "README.md"));
        var start = readme.IndexOf("```mermaid", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no mermaid block");
        var end = readme.IndexOf("```", start + 3, StringComparison.Ordinal);
        return readme[start..end];
    }

    [GeneratedRegex("""^\s*state "(?<key>[^"]+)" as (?<id>\S+)\s*$""", RegexOptions.Multiline)]
    private static partial Regex StateDeclaration();

    [GeneratedRegex(@"^\s*(?<from>\S+)\s*-->\s*(?<to>[^\s:]+)", RegexOptions.Multiline)]
    private static partial Regex Edge();
}
