using HealLink.Core.Messaging;
using HealLink.Core.Onboarding;

namespace HealLink.Core.Safety;

public static class CrisisAssessment
{
    /// <summary>
    /// The verdict on what a person sent, for <c>ConversationHandler.HandleTurn</c>: text is cleaned exactly as the
    /// handler cleans it before looking, so both see the same words; anything but text has no verdict.
    /// </summary>
    public static Task<CrisisMatch?> AssessAsync(this ICrisisAssessor assessor, InboundContent content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessor);
        ArgumentNullException.ThrowIfNull(content);
        return content is TextInput text
            ? assessor.AssessAsync(FreeText.Clean(text.Text), cancellationToken)
            : Task.FromResult<CrisisMatch?>(null);
    }
}
