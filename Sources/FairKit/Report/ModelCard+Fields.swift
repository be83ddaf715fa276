extension ModelCard {
    /// The card's sections in Mitchell et al.'s order ("Model Cards for Model Reporting", FAT* 2019, §4).
    public enum Section {
        public static let details = "Model details"
        public static let intendedUse = "Intended use"
        public static let factors = "Factors"
        public static let metrics = "Metrics"
        public static let evaluationData = "Evaluation data"
        public static let trainingData = "Training data"
        public static let quantitativeAnalyses = "Quantitative analyses"
        public static let ethicalConsiderations = "Ethical considerations"
        public static let caveats = "Caveats and recommendations"
    }

    /// The fields a person writes (the intended-use file's keys, docs/model-cards.md), in the
    /// order the card shows them. Required fields are what Mitchell et al. ask every card to
    /// state; the others are welcome but a card is complete without them.
    public static let writtenFields: [WrittenField] = [
        WrittenField("developers", section: Section.details, title: "Developers",
                     prompt: "Who developed the model (person or organisation), and who to contact with questions?", isRequired: true),
        WrittenField("version", section: Section.details, title: "Version", prompt: "The model's version and what changed since the last one.", isRequired: false),
        WrittenField("license", section: Section.details, title: "License", prompt: "Under what licence may the model be used?", isRequired: false),
        WrittenField("citation", section: Section.details, title: "Citation", prompt: "How to cite the model, and papers or resources about it.", isRequired: false),
        WrittenField("primary_intended_uses", section: Section.intendedUse, title: "Primary intended uses",
                     prompt: "What is the model for: which decision does it support, and in what setting?", isRequired: true),
        WrittenField("primary_intended_users", section: Section.intendedUse, title: "Primary intended users",
                     prompt: "Who is meant to use it, and what do they need to know to use it well?", isRequired: true),
        WrittenField("out_of_scope_uses", section: Section.intendedUse, title: "Out-of-scope uses",
                     prompt: "Which uses is it not for (other populations, fully automatic decisions, ...)?", isRequired: true),
        WrittenField("relevant_factors", section: Section.factors, title: "Relevant factors",
                     prompt: "Which groups, instruments or environments could change how the model performs, and why were the protected columns chosen?",
                     isRequired: true),
        WrittenField("metrics_rationale", section: Section.metrics, title: "Why these metrics",
                     prompt: "Why do these metrics and this decision threshold fit the use, and which errors cost most, and to whom?", isRequired: false),
        WrittenField("evaluation_data_notes", section: Section.evaluationData, title: "About the evaluation data",
                     prompt: "Why this data set, how it was collected and preprocessed, and how well it represents the people the model will meet.",
                     isRequired: false),
        WrittenField("training_data_notes", section: Section.trainingData, title: "About the training data",
                     prompt: "Where the training data came from, its time span, and known gaps or biases.", isRequired: false),
        WrittenField("ethical_considerations", section: Section.ethicalConsiderations, title: "Ethical considerations",
                     prompt: "Sensitive data used, risks and harms to people, who could be harmed by errors, and the mitigations in place.", isRequired: true),
        WrittenField("caveats_and_recommendations", section: Section.caveats, title: "Caveats and recommendations",
                     prompt: "What the evaluation did not cover, and what a user should do or check before relying on the model.", isRequired: true),
    ]
}
