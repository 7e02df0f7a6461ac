using HealLink.Core.Connections;
using HealLink.Core.Conversations;
using HealLink.Core.Languages;
using HealLink.Core.Messaging;
using HealLink.Core.Onboarding;
using HealLink.Core.People;
using HealLink.Core.Tests.Connections;
using HealLink.Core.Tests.Conversations;
using HealLink.Core.Tests.Pipeline;
using HealLink.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace HealLink.Core.Tests.Languages;

/// <summary>
/// A Spanish speaker through the whole pipeline on a real SQLite file: spoken to in Spanish from the first question
/// after the language is known (their app's language, their answer to the languages question, or /language), and
/// what another person's action tells them is in their language, whatever the other person speaks.
/// </summary>
public sealed class SpanishConversationTests : IDisposable
{
    private static readonly OnboardingCopy _es = OnboardingCopy.Spanish;

    private readonly TestDatabase _file = new();
    private readonly RecordingSender _platform = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Process_AppInSpanish_EveryQuestionAndTheCardsAreInSpanish()
    {
        await using var host = await PipelineHost.StartAsync(_file, _platform);
        await BilingualMentorAsync(host, _platform, "Sam");
        var lucia = new PipelinePerson(_platform, "tg-es-1", languageCode: "es-419") { Host = host };

        var welcome = await lucia.SayAsync("/start");
        var role = await lucia.PressAsync(_es.Agree);
        var name = await lucia.PressAsync(_es.RoleLabel(RoleChoices.Mentee));
        var procedure = await lucia.SayAsync("Lucía");
        await lucia.SayAsync("trasplante de riñón");
        await lucia.PressAsync(_es.StageLabel(Stage.Preparing));
        await lucia.PressAsync("30–44");
        await lucia.PressAsync(_es.GenderLabel(Gender.Woman));
        await lucia.PressAsync(_es.NoPreference);
        await lucia.PressAsync("Español");
        var hospital = await lucia.PressAsync(_es.Done);
        await lucia.PressAsync(_es.Skip);
        await lucia.PressAsync(_es.Skip);
        var summary = await lucia.SayAsync(SpanishIntro);
        await lucia.PressAsync(_es.LooksGood);
        var cards = Said(await lucia.PressAsync(_es.FindMatchLabel));

        Assert.Equal(_es.Welcome, welcome[0].Text);
        Assert.StartsWith(_es.RolePrompt, role[^1].Text, StringComparison.Ordinal);
        Assert.Contains(_es.NamePrompt, name[^1].Text, StringComparison.Ordinal);
        Assert.Contains(_es.ProcedurePrompt(Role.Mentee), procedure[^1].Text, StringComparison.Ordinal);
        Assert.Contains(_es.HospitalPrompt(Role.Mentee), hospital[^1].Text, StringComparison.Ordinal);
        Assert.Contains("Idiomas: Español", summary[^1].Text, StringComparison.Ordinal);
        Assert.Equal(CopyTable.Spanish.Matching.IntroFor(new Profile(), []), cards[0].Text);
        Assert.Contains("Por qué:", cards[1].Text, StringComparison.Ordinal);
        Assert.Contains("un trasplante de riñón", cards[1].Text, StringComparison.Ordinal);
        Assert.Equal(["Spanish"], (await StoredProfileAsync(host, "tg-es-1")).Languages);
    }

    [Fact]
    public async Task Process_AnswersSpanishOnly_SaysSoInSpanishAndAsksTheNextQuestionInSpanish()
    {
        await using var host = await PipelineHost.StartAsync(_file, _platform);
        var ana = new PipelinePerson(_platform, "tg-2") { Host = host };
        await ana.RunAsync(Scripts.StartMentee);
        await ana.SayAsync("Ana");
        await ana.SayAsync("mastectomía");
        await ana.PressAsync("Preparing for it");
        await ana.PressAsync("30–44");
        await ana.PressAsync("Woman");
        var languages = await ana.PressAsync("No preference");

        await ana.PressAsync("Spanish");
        var next = await ana.PressAsync("Done");

        Assert.Contains(OnboardingCopy.English.LanguagesPrompt, languages[^1].Text, StringComparison.Ordinal);
        Assert.Equal(CopyTable.Spanish.Conversation.LanguageChosen, next[0].Text);
        Assert.Contains(_es.HospitalPrompt(Role.Mentee), next[^1].Text, StringComparison.Ordinal);
        Assert.Contains(_es.Skip, next[^1].Buttons.SelectMany(row => row).Select(b => b.Label));
        Assert.Equal(Language.Spanish, await host.QueryAsync(db => db.People.Select(p => p.Language).SingleAsync()));
    }

    [Fact]
    public async Task Process_LanguageCommandMidQuestion_AsksTheSameQuestionAgainInTheChosenLanguage()
    {
        await using var host = await PipelineHost.StartAsync(_file, _platform);
        var ana = new PipelinePerson(_platform, "tg-3") { Host = host };
        await ana.RunAsync(Scripts.StartMentee);

        var offered = await ana.SayAsync("/language");
        var switched = await ana.PressAsync("Español");
        var back = await ana.SayAsync("/language");
        var english = await ana.PressAsync("English");

        Assert.Equal(["English", "Español"], offered[^1].Buttons.SelectMany(row => row).Select(b => b.Label));
        Assert.Equal(CopyTable.Spanish.Conversation.LanguageChosen, switched[0].Text);
        Assert.Contains(_es.NamePrompt, switched[^1].Text, StringComparison.Ordinal);
        Assert.Equal(CopyTable.Spanish.Conversation.LanguageQuestion, back[^1].Text);
        Assert.Equal(ConversationCopy.English.LanguageChosen, english[0].Text);
        Assert.Contains(OnboardingCopy.English.NamePrompt, english[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_SpanishMenteeAsksAnEnglishMentor_EachReadsTheRequestInTheirOwnLanguage()
    {
        await using var host = await PipelineHost.StartAsync(_file, _platform);
        var sam = await BilingualMentorAsync(host, _platform, "Sam");
        var lucia = new PipelinePerson(_platform, "tg-es-4", languageCode: "es") { Host = host };
        await FinishInSpanishAsync(lucia);

        await lucia.PressAsync(_es.FindMatchLabel);
        var asked = Said(await lucia.PressAsync("Conectar con Sam"));
        var accepted = Said(await sam.PressAsync("Accept"));

        Assert.Equal(CopyTable.Spanish.Connections.Requested("Sam", new ConnectionsOptions().RequestExpiry), asked[0].Text);
        var card = Assert.Single(sam.Received, m => m.Text.Contains("Lucía", StringComparison.Ordinal) && m.Buttons.SelectMany(row => row).Any(b => b.Label == "Accept"));
        Assert.Contains("You have a kidney transplant in common.", card.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tienen en común", card.Text, StringComparison.Ordinal);
        Assert.Equal(ConnectionCopy.English.Accepted, accepted[0].Text);
        Assert.Contains(CopyTable.Spanish.Connections.AcceptedForMentee("Sam"), lucia.Received.Select(m => m.Text));
    }

    private const string SpanishIntro =
        "Estoy esperando un trasplante de riñón y hago diálisis tres veces por semana. Me gustaría hablar con alguien que ya pasó por la espera.";

    private static async Task<PipelinePerson> BilingualMentorAsync(PipelineHost host, RecordingSender platform, string name)
    {
        var mentor = await ConnectionPeople.ApprovedMentorAsync(host, platform, "tg-mentor-" + name, name);
        await host.QueryAsync(async db =>
        {
            var profile = await db.Profiles.SingleAsync(p => p.DisplayName == name);
            profile.Languages = ["English", "Spanish"];
            return await db.SaveChangesAsync();
        });
        return mentor;
    }

    private static async Task FinishInSpanishAsync(PipelinePerson person)
    {
        await person.SayAsync("/start");
        await person.PressAsync(_es.Agree);
        await person.PressAsync(_es.RoleLabel(RoleChoices.Mentee));
        await person.SayAsync("Lucía");
        await person.SayAsync("trasplante de riñón");
        await person.PressAsync(_es.StageLabel(Stage.Preparing));
        await person.PressAsync("30–44");
        await person.PressAsync(_es.GenderLabel(Gender.Woman));
        await person.PressAsync(_es.NoPreference);
        await person.PressAsync("Español");
        await person.PressAsync(_es.Done);
        await person.PressAsync(_es.Skip);
        await person.PressAsync(_es.Skip);
        await person.SayAsync(SpanishIntro);
        await person.PressAsync(_es.LooksGood);
    }

    /// <summary>What they read: the "typing…" hints set aside.</summary>
    private static List<OutboundMessage> Said(IReadOnlyList<OutboundMessage> received) => [.. received.Where(m => m.Kind != OutboundKind.Typing)];

    private static Task<Profile> StoredProfileAsync(PipelineHost host, string userId) =>
        PipelineOnboardingTests.StoredProfileAsync(host, userId);
}
