"""The raw dataset files as the reference scripts read them with pandas (run from the repository
root): German Credit with its coded values, Adult's train and test parts with "?" as missing and
the test labels' trailing "." stripped. One place, so every script reads the same rows.
"""
import pandas as pd

RESOURCES = "Sources/FairKit/Data/Datasets/Resources/"

GERMAN_COLUMNS = ["status", "month", "credit_history", "purpose", "credit_amount", "savings", "employment",
                  "investment_as_income_percentage", "personal_status", "other_debtors", "residence_since",
                  "property", "age", "installment_plans", "housing", "number_of_credits", "skill_level",
                  "people_liable_for", "telephone", "foreign_worker", "credit"]

ADULT_COLUMNS = ["age", "workclass", "fnlwgt", "education", "education-num", "marital-status", "occupation",
                 "relationship", "race", "sex", "capital-gain", "capital-loss", "hours-per-week", "native-country",
                 "income-per-year"]


def read_german():
    """german.data: 1000 rows of the 20 coded attributes and the credit label (1 good, 2 bad)."""
    return pd.read_csv(RESOURCES + "german.data", sep=" ", header=None, names=GERMAN_COLUMNS)


def read_adult():
    """adult.data and adult.test as (train, test), missing values as NaN, labels ">50K" / "<=50K"."""
    train = pd.read_csv(RESOURCES + "adult.data", header=None, names=ADULT_COLUMNS, skipinitialspace=True, na_values="?")
    test = pd.read_csv(RESOURCES + "adult.test", header=None, names=ADULT_COLUMNS, skipinitialspace=True, na_values="?",
                       skiprows=1)
    test["income-per-year"] = test["income-per-year"].str.rstrip(".")
    return train, test
