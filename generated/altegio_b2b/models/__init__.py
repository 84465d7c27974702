"""Contains all the data models used in inputs/outputs.

Models are imported on first use (``altegio_b2b.models.CertificateType``), not all at once:
importing every model up front costs seconds, and one endpoint needs only a few.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .abonement import Abonement
    from .abonement_balance_container import AbonementBalanceContainer
    from .abonement_status import AbonementStatus
    from .abonement_type import AbonementType
    from .abonement_type_availability_item import AbonementTypeAvailabilityItem
    from .abonement_type_balance_container import AbonementTypeBalanceContainer
    from .abonement_type_balance_container_links_item import AbonementTypeBalanceContainerLinksItem
    from .abonement_type_category_type_0 import AbonementTypeCategoryType0
    from .abonement_type_field import AbonementTypeField
    from .abonement_type_field_balance_container import AbonementTypeFieldBalanceContainer
    from .account import Account
    from .activity import Activity
    from .activity_duration_details import ActivityDurationDetails
    from .activity_labels_item import ActivityLabelsItem
    from .activity_resource_instances_item import ActivityResourceInstancesItem
    from .activity_service import ActivityService
    from .activity_service_category import ActivityServiceCategory
    from .activity_staff import ActivityStaff
    from .activity_staff_position import ActivityStaffPosition
    from .apply_card_withdrawal import ApplyCardWithdrawal
    from .apply_card_withdrawal_items_item import ApplyCardWithdrawalItemsItem
    from .apply_card_withdrawal_kkm_transaction_details_container import (
        ApplyCardWithdrawalKkmTransactionDetailsContainer,
    )
    from .apply_card_withdrawal_kkm_transaction_details_container_transactions_item import (
        ApplyCardWithdrawalKkmTransactionDetailsContainerTransactionsItem,
    )
    from .apply_card_withdrawal_loyalty_transactions_item import ApplyCardWithdrawalLoyaltyTransactionsItem
    from .apply_card_withdrawal_loyalty_transactions_item_type import ApplyCardWithdrawalLoyaltyTransactionsItemType
    from .apply_card_withdrawal_payment_transactions_item import ApplyCardWithdrawalPaymentTransactionsItem
    from .apply_discount_program import ApplyDiscountProgram
    from .apply_discount_program_items_item import ApplyDiscountProgramItemsItem
    from .apply_discount_program_kkm_transaction_details_container import (
        ApplyDiscountProgramKkmTransactionDetailsContainer,
    )
    from .apply_discount_program_kkm_transaction_details_container_transactions_item import (
        ApplyDiscountProgramKkmTransactionDetailsContainerTransactionsItem,
    )
    from .apply_discount_program_loyalty_transactions_item import ApplyDiscountProgramLoyaltyTransactionsItem
    from .apply_discount_program_loyalty_transactions_item_type import ApplyDiscountProgramLoyaltyTransactionsItemType
    from .apply_discount_program_payment_transactions_item import ApplyDiscountProgramPaymentTransactionsItem
    from .apply_discount_promotion_body import ApplyDiscountPromotionBody
    from .apply_loyalty_card_deduction_body import ApplyLoyaltyCardDeductionBody
    from .apply_referral_program import ApplyReferralProgram
    from .apply_referral_program_body import ApplyReferralProgramBody
    from .apply_referral_program_items_item import ApplyReferralProgramItemsItem
    from .apply_referral_program_kkm_transaction_details_container import (
        ApplyReferralProgramKkmTransactionDetailsContainer,
    )
    from .apply_referral_program_kkm_transaction_details_container_transactions_item import (
        ApplyReferralProgramKkmTransactionDetailsContainerTransactionsItem,
    )
    from .apply_referral_program_loyalty_transactions_item import ApplyReferralProgramLoyaltyTransactionsItem
    from .apply_referral_program_loyalty_transactions_item_type import ApplyReferralProgramLoyaltyTransactionsItemType
    from .apply_referral_program_payment_transactions_item import ApplyReferralProgramPaymentTransactionsItem
    from .assign_service_to_team_member_body import AssignServiceToTeamMemberBody
    from .attendance import Attendance
    from .attendance_attendance import AttendanceAttendance
    from .attendance_records_type_0 import AttendanceRecordsType0
    from .attendance_records_type_0_additional_property import AttendanceRecordsType0AdditionalProperty
    from .auth import Auth
    from .authorize_user_body import AuthorizeUserBody
    from .booking_form import BookingForm
    from .booking_form_header_images_type_0 import BookingFormHeaderImagesType0
    from .bulk_create_clients_body import BulkCreateClientsBody
    from .bulk_create_clients_body_categories import BulkCreateClientsBodyCategories
    from .calculation import Calculation
    from .calculation_currency import CalculationCurrency
    from .calculation_staff import CalculationStaff
    from .calculation_staff_currency import CalculationStaffCurrency
    from .calculation_staff_total_sum import CalculationStaffTotalSum
    from .calculation_total_sum import CalculationTotalSum
    from .cancel_card_withdrawal import CancelCardWithdrawal
    from .cancel_card_withdrawal_items_item import CancelCardWithdrawalItemsItem
    from .cancel_card_withdrawal_kkm_transaction_details_container import (
        CancelCardWithdrawalKkmTransactionDetailsContainer,
    )
    from .cancel_card_withdrawal_kkm_transaction_details_container_transactions_item import (
        CancelCardWithdrawalKkmTransactionDetailsContainerTransactionsItem,
    )
    from .cancel_card_withdrawal_loyalty_transactions_item import CancelCardWithdrawalLoyaltyTransactionsItem
    from .cancel_card_withdrawal_payment_transactions_item import CancelCardWithdrawalPaymentTransactionsItem
    from .cancel_discount_program import CancelDiscountProgram
    from .cancel_discount_program_items_item import CancelDiscountProgramItemsItem
    from .cancel_discount_program_kkm_transaction_details_container import (
        CancelDiscountProgramKkmTransactionDetailsContainer,
    )
    from .cancel_discount_program_kkm_transaction_details_container_transactions_item import (
        CancelDiscountProgramKkmTransactionDetailsContainerTransactionsItem,
    )
    from .cancel_discount_program_loyalty_transactions_item import CancelDiscountProgramLoyaltyTransactionsItem
    from .cancel_discount_program_payment_transactions_item import CancelDiscountProgramPaymentTransactionsItem
    from .cancel_discount_promotion_body import CancelDiscountPromotionBody
    from .cancel_loyalty_card_withdrawal_body import CancelLoyaltyCardWithdrawalBody
    from .card import Card
    from .card_programs_item import CardProgramsItem
    from .card_programs_item_loyalty_type import CardProgramsItemLoyaltyType
    from .card_salon_group import CardSalonGroup
    from .card_type import CardType
    from .card_type_client import CardTypeClient
    from .card_type_client_salon_group import CardTypeClientSalonGroup
    from .card_type_field import CardTypeField
    from .category_node import CategoryNode
    from .category_node_children_item import CategoryNodeChildrenItem
    from .certificate import Certificate
    from .certificate_status import CertificateStatus
    from .certificate_type import CertificateType
    from .certificate_type_field import CertificateTypeField
    from .certificate_type_field_item_type import CertificateTypeFieldItemType
    from .certificate_type_item_type import CertificateTypeItemType
    from .chain_loyalty_certificate_types_create_body import ChainLoyaltyCertificateTypesCreateBody
    from .chain_loyalty_certificate_types_create_body_balance_edit_type_id import (
        ChainLoyaltyCertificateTypesCreateBodyBalanceEditTypeId,
    )
    from .chain_loyalty_certificate_types_create_body_expiration import ChainLoyaltyCertificateTypesCreateBodyExpiration
    from .chain_loyalty_certificate_types_create_body_expiration_timeout_unit_id import (
        ChainLoyaltyCertificateTypesCreateBodyExpirationTimeoutUnitId,
    )
    from .chain_loyalty_certificate_types_create_body_expiration_type_id import (
        ChainLoyaltyCertificateTypesCreateBodyExpirationTypeId,
    )
    from .chain_loyalty_certificate_types_create_body_item_type_id import (
        ChainLoyaltyCertificateTypesCreateBodyItemTypeId,
    )
    from .chain_loyalty_certificate_types_create_body_online_sale import (
        ChainLoyaltyCertificateTypesCreateBodyOnlineSale,
    )
    from .chain_loyalty_certificate_types_update_body import ChainLoyaltyCertificateTypesUpdateBody
    from .chain_loyalty_certificate_types_update_body_balance_edit_type_id import (
        ChainLoyaltyCertificateTypesUpdateBodyBalanceEditTypeId,
    )
    from .chain_loyalty_certificate_types_update_body_expiration import ChainLoyaltyCertificateTypesUpdateBodyExpiration
    from .chain_loyalty_certificate_types_update_body_expiration_timeout_unit_id import (
        ChainLoyaltyCertificateTypesUpdateBodyExpirationTimeoutUnitId,
    )
    from .chain_loyalty_certificate_types_update_body_expiration_type_id import (
        ChainLoyaltyCertificateTypesUpdateBodyExpirationTypeId,
    )
    from .chain_loyalty_certificate_types_update_body_item_type_id import (
        ChainLoyaltyCertificateTypesUpdateBodyItemTypeId,
    )
    from .chain_loyalty_certificate_types_update_body_online_sale import (
        ChainLoyaltyCertificateTypesUpdateBodyOnlineSale,
    )
    from .chain_loyalty_membership_types_archive_body import ChainLoyaltyMembershipTypesArchiveBody
    from .chain_loyalty_membership_types_clone_body import ChainLoyaltyMembershipTypesCloneBody
    from .chain_loyalty_membership_types_create_body import ChainLoyaltyMembershipTypesCreateBody
    from .chain_loyalty_membership_types_create_body_autoactivation_time_unit_id import (
        ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId,
    )
    from .chain_loyalty_membership_types_create_body_availability_item import (
        ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem,
    )
    from .chain_loyalty_membership_types_create_body_balance_edit_type_id import (
        ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId,
    )
    from .chain_loyalty_membership_types_create_body_expiration_type_id import (
        ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId,
    )
    from .chain_loyalty_membership_types_create_body_freeze_limit_unit_id import (
        ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId,
    )
    from .chain_loyalty_membership_types_create_body_period_unit_id import (
        ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId,
    )
    from .chain_loyalty_membership_types_create_body_service_categories import (
        ChainLoyaltyMembershipTypesCreateBodyServiceCategories,
    )
    from .chain_loyalty_membership_types_create_body_services import ChainLoyaltyMembershipTypesCreateBodyServices
    from .chain_loyalty_membership_types_restore_body import ChainLoyaltyMembershipTypesRestoreBody
    from .chain_loyalty_membership_types_update_body import ChainLoyaltyMembershipTypesUpdateBody
    from .chain_loyalty_membership_types_update_body_autoactivation_time_unit_id import (
        ChainLoyaltyMembershipTypesUpdateBodyAutoactivationTimeUnitId,
    )
    from .chain_loyalty_membership_types_update_body_availability_item import (
        ChainLoyaltyMembershipTypesUpdateBodyAvailabilityItem,
    )
    from .chain_loyalty_membership_types_update_body_balance_edit_type_id import (
        ChainLoyaltyMembershipTypesUpdateBodyBalanceEditTypeId,
    )
    from .chain_loyalty_membership_types_update_body_expiration_type_id import (
        ChainLoyaltyMembershipTypesUpdateBodyExpirationTypeId,
    )
    from .chain_loyalty_membership_types_update_body_freeze_limit_unit_id import (
        ChainLoyaltyMembershipTypesUpdateBodyFreezeLimitUnitId,
    )
    from .chain_loyalty_membership_types_update_body_period_unit_id import (
        ChainLoyaltyMembershipTypesUpdateBodyPeriodUnitId,
    )
    from .chain_loyalty_memberships_freeze_body import ChainLoyaltyMembershipsFreezeBody
    from .chain_loyalty_memberships_set_balance_body import ChainLoyaltyMembershipsSetBalanceBody
    from .chain_loyalty_memberships_set_balance_body_services_balance_count_item import (
        ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem,
    )
    from .chain_loyalty_memberships_set_period_body import ChainLoyaltyMembershipsSetPeriodBody
    from .chain_loyalty_memberships_set_period_body_period_unit_id import (
        ChainLoyaltyMembershipsSetPeriodBodyPeriodUnitId,
    )
    from .chain_loyalty_memberships_unfreeze_body import ChainLoyaltyMembershipsUnfreezeBody
    from .check_memberships_for_event_abonement import CheckMembershipsForEventAbonement
    from .check_memberships_for_event_abonement_data_type_0 import CheckMembershipsForEventAbonementDataType0
    from .check_memberships_for_event_abonement_data_type_0_attributes import (
        CheckMembershipsForEventAbonementDataType0Attributes,
    )
    from .check_memberships_for_event_abonement_data_type_1_item import CheckMembershipsForEventAbonementDataType1Item
    from .check_memberships_for_event_abonement_data_type_1_item_attributes import (
        CheckMembershipsForEventAbonementDataType1ItemAttributes,
    )
    from .check_memberships_for_event_abonement_data_type_1_item_relationships import (
        CheckMembershipsForEventAbonementDataType1ItemRelationships,
    )
    from .check_memberships_for_event_abonement_included_item import CheckMembershipsForEventAbonementIncludedItem
    from .client import Client
    from .client_categories_item import ClientCategoriesItem
    from .client_comment import ClientComment
    from .client_comment_files_item import ClientCommentFilesItem
    from .client_comment_type import ClientCommentType
    from .client_comment_user_type_0 import ClientCommentUserType0
    from .client_custom_fields import ClientCustomFields
    from .client_schedule import ClientSchedule
    from .client_schedule_days_item import ClientScheduleDaysItem
    from .client_schedule_days_item_events_master import ClientScheduleDaysItemEventsMaster
    from .client_visit import ClientVisit
    from .client_visit_goods_transactions_item import ClientVisitGoodsTransactionsItem
    from .client_visit_goods_transactions_item_company import ClientVisitGoodsTransactionsItemCompany
    from .client_visit_goods_transactions_item_staff import ClientVisitGoodsTransactionsItemStaff
    from .client_visit_records_item import ClientVisitRecordsItem
    from .client_visit_records_item_comer import ClientVisitRecordsItemComer
    from .client_visit_records_item_company import ClientVisitRecordsItemCompany
    from .client_visit_records_item_staff import ClientVisitRecordsItemStaff
    from .client_visit_records_item_tips import ClientVisitRecordsItemTips
    from .comment import Comment
    from .company import Company
    from .company_access import CompanyAccess
    from .company_bookforms_item import CompanyBookformsItem
    from .company_booking_widget_promo_type_0 import CompanyBookingWidgetPromoType0
    from .company_groups import CompanyGroups
    from .company_groups_additional_property import CompanyGroupsAdditionalProperty
    from .company_main_group_type_0 import CompanyMainGroupType0
    from .company_payment_policy import CompanyPaymentPolicy
    from .company_payment_policy_type import CompanyPaymentPolicyType
    from .company_social import CompanySocial
    from .company_user import CompanyUser
    from .company_user_access import CompanyUserAccess
    from .consumable import Consumable
    from .consumable_consumables_item import ConsumableConsumablesItem
    from .consumable_technological_cards_item import ConsumableTechnologicalCardsItem
    from .copy_user_permissions_to_locations_body import CopyUserPermissionsToLocationsBody
    from .copy_user_permissions_to_locations_body_user_company_links_item import (
        CopyUserPermissionsToLocationsBodyUserCompanyLinksItem,
    )
    from .copy_user_permissions_to_locations_response_200_type_0 import CopyUserPermissionsToLocationsResponse200Type0
    from .create_appointment_body import CreateAppointmentBody
    from .create_appointment_body_client import CreateAppointmentBodyClient
    from .create_appointment_body_custom_fields import CreateAppointmentBodyCustomFields
    from .create_appointment_body_services_item import CreateAppointmentBodyServicesItem
    from .create_booking_widget_body import CreateBookingWidgetBody
    from .create_booking_widget_body_button_position import CreateBookingWidgetBodyButtonPosition
    from .create_booking_widget_body_form_position import CreateBookingWidgetBodyFormPosition
    from .create_chain_loyalty_card_transaction_body import CreateChainLoyaltyCardTransactionBody
    from .create_chain_loyalty_program_body import CreateChainLoyaltyProgramBody
    from .create_chain_loyalty_program_body_expiration_timeout_unit import (
        CreateChainLoyaltyProgramBodyExpirationTimeoutUnit,
    )
    from .create_chain_loyalty_program_body_good_item_type import CreateChainLoyaltyProgramBodyGoodItemType
    from .create_chain_loyalty_program_body_on_changed_notification_template import (
        CreateChainLoyaltyProgramBodyOnChangedNotificationTemplate,
    )
    from .create_chain_loyalty_program_body_on_changed_notification_template_type import (
        CreateChainLoyaltyProgramBodyOnChangedNotificationTemplateType,
    )
    from .create_chain_loyalty_program_body_on_expiration_notification_template import (
        CreateChainLoyaltyProgramBodyOnExpirationNotificationTemplate,
    )
    from .create_chain_loyalty_program_body_on_expiration_notification_template_type import (
        CreateChainLoyaltyProgramBodyOnExpirationNotificationTemplateType,
    )
    from .create_chain_loyalty_program_body_params_source_type import CreateChainLoyaltyProgramBodyParamsSourceType
    from .create_chain_loyalty_program_body_rules_item import CreateChainLoyaltyProgramBodyRulesItem
    from .create_chain_loyalty_program_body_service_item_type import CreateChainLoyaltyProgramBodyServiceItemType
    from .create_chain_loyalty_program_body_type import CreateChainLoyaltyProgramBodyType
    from .create_chain_loyalty_program_body_value_unit import CreateChainLoyaltyProgramBodyValueUnit
    from .create_chain_loyalty_program_include import CreateChainLoyaltyProgramInclude
    from .create_client_account_topup_operation_body import CreateClientAccountTopupOperationBody
    from .create_client_body import CreateClientBody
    from .create_client_body_categories import CreateClientBodyCategories
    from .create_client_body_custom_fields import CreateClientBodyCustomFields
    from .create_client_comment_body import CreateClientCommentBody
    from .create_custom_field_body import CreateCustomFieldBody
    from .create_document_body import CreateDocumentBody
    from .create_event_body import CreateEventBody
    from .create_event_duplication_strategy_body import CreateEventDuplicationStrategyBody
    from .create_event_duplication_strategy_body_days_item import CreateEventDuplicationStrategyBodyDaysItem
    from .create_financial_transaction_body import CreateFinancialTransactionBody
    from .create_inventory_operation_body import CreateInventoryOperationBody
    from .create_inventory_operation_body_goods_transactions_item import (
        CreateInventoryOperationBodyGoodsTransactionsItem,
    )
    from .create_location_body import CreateLocationBody
    from .create_loyalty_card_transaction_body import CreateLoyaltyCardTransactionBody
    from .create_payment_with_loyalty_methods_body_type_0 import CreatePaymentWithLoyaltyMethodsBodyType0
    from .create_payment_with_loyalty_methods_body_type_0_payment import CreatePaymentWithLoyaltyMethodsBodyType0Payment
    from .create_payment_with_loyalty_methods_body_type_0_payment_method import (
        CreatePaymentWithLoyaltyMethodsBodyType0PaymentMethod,
    )
    from .create_payment_with_loyalty_methods_body_type_1 import CreatePaymentWithLoyaltyMethodsBodyType1
    from .create_payment_with_loyalty_methods_body_type_1_payment import CreatePaymentWithLoyaltyMethodsBodyType1Payment
    from .create_payment_with_loyalty_methods_body_type_1_payment_method import (
        CreatePaymentWithLoyaltyMethodsBodyType1PaymentMethod,
    )
    from .create_payment_with_loyalty_methods_body_type_2 import CreatePaymentWithLoyaltyMethodsBodyType2
    from .create_payment_with_loyalty_methods_body_type_2_payment import CreatePaymentWithLoyaltyMethodsBodyType2Payment
    from .create_payment_with_loyalty_methods_body_type_2_payment_method import (
        CreatePaymentWithLoyaltyMethodsBodyType2PaymentMethod,
    )
    from .create_payment_with_loyalty_methods_body_type_3 import CreatePaymentWithLoyaltyMethodsBodyType3
    from .create_payment_with_loyalty_methods_body_type_3_payment import CreatePaymentWithLoyaltyMethodsBodyType3Payment
    from .create_payment_with_loyalty_methods_body_type_3_payment_method import (
        CreatePaymentWithLoyaltyMethodsBodyType3PaymentMethod,
    )
    from .create_payment_with_loyalty_methods_body_type_4 import CreatePaymentWithLoyaltyMethodsBodyType4
    from .create_payment_with_loyalty_methods_body_type_4_payment import CreatePaymentWithLoyaltyMethodsBodyType4Payment
    from .create_payment_with_loyalty_methods_body_type_4_payment_method import (
        CreatePaymentWithLoyaltyMethodsBodyType4PaymentMethod,
    )
    from .create_payment_with_loyalty_methods_body_type_5 import CreatePaymentWithLoyaltyMethodsBodyType5
    from .create_payment_with_loyalty_methods_body_type_5_payment import CreatePaymentWithLoyaltyMethodsBodyType5Payment
    from .create_payment_with_loyalty_methods_body_type_5_payment_method import (
        CreatePaymentWithLoyaltyMethodsBodyType5PaymentMethod,
    )
    from .create_payment_with_loyalty_methods_body_type_6 import CreatePaymentWithLoyaltyMethodsBodyType6
    from .create_payment_with_loyalty_methods_body_type_6_payment import CreatePaymentWithLoyaltyMethodsBodyType6Payment
    from .create_payment_with_loyalty_methods_body_type_6_payment_method import (
        CreatePaymentWithLoyaltyMethodsBodyType6PaymentMethod,
    )
    from .create_position_quick_body import CreatePositionQuickBody
    from .create_product_body import CreateProductBody
    from .create_product_category_body import CreateProductCategoryBody
    from .create_service_body import CreateServiceBody
    from .create_service_body_staff_item import CreateServiceBodyStaffItem
    from .create_service_category_body import CreateServiceCategoryBody
    from .create_team_member_quick_body import CreateTeamMemberQuickBody
    from .create_timetable_client_schedule_body import CreateTimetableClientScheduleBody
    from .create_timetable_event_schedule_body import CreateTimetableEventScheduleBody
    from .create_timetable_event_schedule_body_days_item import CreateTimetableEventScheduleBodyDaysItem
    from .create_timetable_event_schedule_body_original_entity_type import (
        CreateTimetableEventScheduleBodyOriginalEntityType,
    )
    from .create_timetable_event_schedule_include_item import CreateTimetableEventScheduleIncludeItem
    from .create_timetable_schedule_day_body import CreateTimetableScheduleDayBody
    from .create_timetable_schedule_day_body_day_of_week import CreateTimetableScheduleDayBodyDayOfWeek
    from .create_timetable_schedule_day_include_item import CreateTimetableScheduleDayIncludeItem
    from .create_transaction_body import CreateTransactionBody
    from .create_user_invitation_body import CreateUserInvitationBody
    from .create_user_invitation_body_invites_item import CreateUserInvitationBodyInvitesItem
    from .custom_field import CustomField
    from .custom_field_custom_field import CustomFieldCustomField
    from .custom_field_custom_field_type import CustomFieldCustomFieldType
    from .daily import Daily
    from .daily_currency import DailyCurrency
    from .daily_payroll_daily_item import DailyPayrollDailyItem
    from .daily_payroll_daily_item_payroll_sum import DailyPayrollDailyItemPayrollSum
    from .daily_period_calculation_daily_item import DailyPeriodCalculationDailyItem
    from .daily_period_calculation_daily_item_period_calculation import DailyPeriodCalculationDailyItemPeriodCalculation
    from .day import Day
    from .day_day_of_week import DayDayOfWeek
    from .day_events_item import DayEventsItem
    from .day_events_item_entity_master import DayEventsItemEntityMaster
    from .day_events_labels_item import DayEventsLabelsItem
    from .day_events_master import DayEventsMaster
    from .day_events_master_position_type_0 import DayEventsMasterPositionType0
    from .day_events_resource_instances_item import DayEventsResourceInstancesItem
    from .default_for_staff_and_service import DefaultForStaffAndService
    from .default_for_staff_and_service_technological_card_items_item import (
        DefaultForStaffAndServiceTechnologicalCardItemsItem,
    )
    from .delete_chain_loyalty_program_include import DeleteChainLoyaltyProgramInclude
    from .delete_image_body import DeleteImageBody
    from .delete_timetable_client_schedule_response_204_type_0 import DeleteTimetableClientScheduleResponse204Type0
    from .delete_timetable_event_schedule_response_204_type_0 import DeleteTimetableEventScheduleResponse204Type0
    from .delete_timetable_schedule_day_response_204_type_0 import DeleteTimetableScheduleDayResponse204Type0
    from .deposit_history import DepositHistory
    from .deposit_history_deposit_transaction import DepositHistoryDepositTransaction
    from .deposit_history_deposit_transaction_type import DepositHistoryDepositTransactionType
    from .deposits_operation import DepositsOperation
    from .deposits_operation_deposits_transactions_item import DepositsOperationDepositsTransactionsItem
    from .deposits_operation_deposits_transactions_item_deposit import DepositsOperationDepositsTransactionsItemDeposit
    from .deposits_operation_deposits_transactions_item_deposit_type import (
        DepositsOperationDepositsTransactionsItemDepositType,
    )
    from .deposits_operation_document import DepositsOperationDocument
    from .deposits_operation_document_salon import DepositsOperationDocumentSalon
    from .deposits_operation_document_type import DepositsOperationDocumentType
    from .deposits_operation_document_user import DepositsOperationDocumentUser
    from .deposits_operation_payment_transactions_item import DepositsOperationPaymentTransactionsItem
    from .deposits_operation_payment_transactions_item_type import DepositsOperationPaymentTransactionsItemType
    from .deprecated_create_team_member_body import DeprecatedCreateTeamMemberBody
    from .deprecated_update_service_by_id_body import DeprecatedUpdateServiceByIdBody
    from .deprecated_update_service_by_id_body_staff_item import DeprecatedUpdateServiceByIdBodyStaffItem
    from .detail import Detail
    from .detail_items_item import DetailItemsItem
    from .detail_kkm_transaction_details_container import DetailKkmTransactionDetailsContainer
    from .detail_kkm_transaction_details_container_transactions_item import (
        DetailKkmTransactionDetailsContainerTransactionsItem,
    )
    from .detail_loyalty_transactions_item import DetailLoyaltyTransactionsItem
    from .detail_loyalty_transactions_item_type import DetailLoyaltyTransactionsItemType
    from .detail_payment_transactions_item import DetailPaymentTransactionsItem
    from .detail_payment_transactions_item_account import DetailPaymentTransactionsItemAccount
    from .detail_payment_transactions_item_client import DetailPaymentTransactionsItemClient
    from .detail_payment_transactions_item_expense import DetailPaymentTransactionsItemExpense
    from .document import Document
    from .document_company import DocumentCompany
    from .document_company_phones_item import DocumentCompanyPhonesItem
    from .document_storage import DocumentStorage
    from .document_type import DocumentType
    from .document_user import DocumentUser
    from .duplicate_event_body import DuplicateEventBody
    from .error_meta import ErrorMeta
    from .error_meta_errors import ErrorMetaErrors
    from .error_response import ErrorResponse
    from .event import Event
    from .event_entity_labels_item import EventEntityLabelsItem
    from .event_entity_master import EventEntityMaster
    from .event_entity_master_position_type_0 import EventEntityMasterPositionType0
    from .event_entity_resource_instances_item import EventEntityResourceInstancesItem
    from .event_event_entity_type import EventEventEntityType
    from .event_event_status import EventEventStatus
    from .file import File
    from .filter_ import Filter
    from .filter_code import FilterCode
    from .filter_data_item import FilterDataItem
    from .finance_transaction import FinanceTransaction
    from .finance_transaction_account import FinanceTransactionAccount
    from .finance_transaction_client import FinanceTransactionClient
    from .finance_transaction_expense import FinanceTransactionExpense
    from .finance_transaction_master_type_0 import FinanceTransactionMasterType0
    from .finance_transaction_master_type_1_item import FinanceTransactionMasterType1Item
    from .finance_transaction_supplier_type_0_item import FinanceTransactionSupplierType0Item
    from .finance_transaction_supplier_type_1 import FinanceTransactionSupplierType1
    from .fullness_daily import FullnessDaily
    from .generate_code import GenerateCode
    from .get_chain_client_by_phone_number_client import GetChainClientByPhoneNumberClient
    from .get_chain_client_by_phone_number_client_clients_item import GetChainClientByPhoneNumberClientClientsItem
    from .get_chain_loyalty_program_include import GetChainLoyaltyProgramInclude
    from .get_chain_loyalty_transaction_list_transaction import GetChainLoyaltyTransactionListTransaction
    from .get_chain_loyalty_transaction_list_transaction_program import GetChainLoyaltyTransactionListTransactionProgram
    from .get_chain_loyalty_transaction_list_transaction_type import GetChainLoyaltyTransactionListTransactionType
    from .get_chain_loyalty_transaction_list_types_item import GetChainLoyaltyTransactionListTypesItem
    from .get_chain_service_category_list_include import GetChainServiceCategoryListInclude
    from .get_client_list_body import GetClientListBody
    from .get_client_list_body_fields_item import GetClientListBodyFieldsItem
    from .get_client_list_body_filters_item import GetClientListBodyFiltersItem
    from .get_client_list_body_filters_item_state import GetClientListBodyFiltersItemState
    from .get_client_list_body_operation import GetClientListBodyOperation
    from .get_client_list_body_order_by import GetClientListBodyOrderBy
    from .get_client_list_body_order_by_direction import GetClientListBodyOrderByDirection
    from .get_client_list_client import GetClientListClient
    from .get_location_list_include_item import GetLocationListIncludeItem
    from .get_location_loyalty_program_list_type import GetLocationLoyaltyProgramListType
    from .get_message_status_list_body_item import GetMessageStatusListBodyItem
    from .get_tag_list_by_entity_entity import GetTagListByEntityEntity
    from .get_team_member_payroll_calculation_response_200_type_0 import GetTeamMemberPayrollCalculationResponse200Type0
    from .get_team_member_payroll_calculation_response_200_type_0_currency import (
        GetTeamMemberPayrollCalculationResponse200Type0Currency,
    )
    from .get_team_member_payroll_calculation_response_200_type_0_salary_items_item import (
        GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItem,
    )
    from .get_team_member_payroll_calculation_response_200_type_0_salary_items_item_paid_type_0 import (
        GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItemPaidType0,
    )
    from .get_team_member_payroll_calculation_response_200_type_0_salary_items_item_salary_calculation_info import (
        GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItemSalaryCalculationInfo,
    )
    from .get_team_member_payroll_calculation_response_200_type_0_salary_items_item_salary_discrepancy_type_0 import (
        GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItemSalaryDiscrepancyType0,
    )
    from .get_team_member_payroll_calculation_response_200_type_0_status import (
        GetTeamMemberPayrollCalculationResponse200Type0Status,
    )
    from .get_team_member_salary_period_response_200_type_0 import GetTeamMemberSalaryPeriodResponse200Type0
    from .get_team_member_salary_period_response_200_type_0_currency import (
        GetTeamMemberSalaryPeriodResponse200Type0Currency,
    )
    from .get_team_member_schedule_list_include_item import GetTeamMemberScheduleListIncludeItem
    from .get_team_member_schedule_schedule import GetTeamMemberScheduleSchedule
    from .get_team_member_schedule_schedule_busy_intervals_item import GetTeamMemberScheduleScheduleBusyIntervalsItem
    from .get_team_member_schedule_schedule_slots_item import GetTeamMemberScheduleScheduleSlotsItem
    from .get_user_roles_include_item import GetUserRolesIncludeItem
    from .good import Good
    from .good_actual_amounts_item import GoodActualAmountsItem
    from .goods_category import GoodsCategory
    from .goods_transaction import GoodsTransaction
    from .goods_transaction_client_type_0_item import GoodsTransactionClientType0Item
    from .goods_transaction_client_type_1 import GoodsTransactionClientType1
    from .goods_transaction_good import GoodsTransactionGood
    from .goods_transaction_good_actual_amounts_item import GoodsTransactionGoodActualAmountsItem
    from .goods_transaction_good_loyalty_certificate_type_type_0 import GoodsTransactionGoodLoyaltyCertificateTypeType0
    from .goods_transaction_goods_marks_item import GoodsTransactionGoodsMarksItem
    from .goods_transaction_master_type_0_item import GoodsTransactionMasterType0Item
    from .goods_transaction_master_type_1 import GoodsTransactionMasterType1
    from .goods_transaction_sale_unit_type_0 import GoodsTransactionSaleUnitType0
    from .goods_transaction_service_unit_type_0 import GoodsTransactionServiceUnitType0
    from .goods_transaction_storage import GoodsTransactionStorage
    from .goods_transaction_supplier_item import GoodsTransactionSupplierItem
    from .goods_transaction_type import GoodsTransactionType
    from .goods_transaction_unit import GoodsTransactionUnit
    from .group import Group
    from .group_access import GroupAccess
    from .group_companies_item import GroupCompaniesItem
    from .handle_fiscalization_callback_body import HandleFiscalizationCallbackBody
    from .history import History
    from .history_loyalty_entity_changes_type_0 import HistoryLoyaltyEntityChangesType0
    from .history_operation_type import HistoryOperationType
    from .image import Image
    from .image_image_group import ImageImageGroup
    from .image_image_group_image_group import ImageImageGroupImageGroup
    from .image_image_group_images import ImageImageGroupImages
    from .income import Income
    from .income_currency import IncomeCurrency
    from .income_daily import IncomeDaily
    from .income_income_stats import IncomeIncomeStats
    from .income_income_stats_by_day_item import IncomeIncomeStatsByDayItem
    from .income_income_stats_new import IncomeIncomeStatsNew
    from .income_income_stats_old import IncomeIncomeStatsOld
    from .income_income_stats_total import IncomeIncomeStatsTotal
    from .issue_loyalty_card_body import IssueLoyaltyCardBody
    from .kkm_transaction import KkmTransaction
    from .kkm_transaction_cashier import KkmTransactionCashier
    from .kkm_transaction_document import KkmTransactionDocument
    from .kkm_transaction_status import KkmTransactionStatus
    from .kkm_transaction_type import KkmTransactionType
    from .label import Label
    from .leave_comment_body import LeaveCommentBody
    from .license_ import License
    from .license_license_option import LicenseLicenseOption
    from .license_options_item import LicenseOptionsItem
    from .list_roles_include_item import ListRolesIncludeItem
    from .loyalty_abonement import LoyaltyAbonement
    from .loyalty_program_staff import LoyaltyProgramStaff
    from .loyalty_program_staff_client_stats import LoyaltyProgramStaffClientStats
    from .loyalty_program_staff_staff import LoyaltyProgramStaffStaff
    from .loyalty_program_visit import LoyaltyProgramVisit
    from .loyalty_program_visit_client_stats import LoyaltyProgramVisitClientStats
    from .loyalty_program_visit_client_stats_new import LoyaltyProgramVisitClientStatsNew
    from .loyalty_program_visit_client_stats_old import LoyaltyProgramVisitClientStatsOld
    from .loyalty_program_visit_client_stats_total import LoyaltyProgramVisitClientStatsTotal
    from .loyalty_program_visit_visits_stats_by_day_item import LoyaltyProgramVisitVisitsStatsByDayItem
    from .loyalty_transaction import LoyaltyTransaction
    from .loyalty_transaction_kkm_state import LoyaltyTransactionKkmState
    from .loyalty_transaction_kkm_state_transactions_item import LoyaltyTransactionKkmStateTransactionsItem
    from .loyalty_transaction_payment_methods_item import LoyaltyTransactionPaymentMethodsItem
    from .loyalty_transaction_payment_methods_item_account import LoyaltyTransactionPaymentMethodsItemAccount
    from .loyalty_transaction_state import LoyaltyTransactionState
    from .loyalty_transaction_state_items_item import LoyaltyTransactionStateItemsItem
    from .loyalty_transaction_state_loyalty_transactions_item import LoyaltyTransactionStateLoyaltyTransactionsItem
    from .loyalty_transaction_state_payment_transactions_item import LoyaltyTransactionStatePaymentTransactionsItem
    from .manual_transaction import ManualTransaction
    from .meta_info import MetaInfo
    from .multiple import Multiple
    from .notification_message_template_program import NotificationMessageTemplateProgram
    from .notification_message_template_program_message_type import NotificationMessageTemplateProgramMessageType
    from .notification_message_template_program_type import NotificationMessageTemplateProgramType
    from .notification_setting_user import NotificationSettingUser
    from .notification_setting_user_mode import NotificationSettingUserMode
    from .notification_setting_user_notification_types_item import NotificationSettingUserNotificationTypesItem
    from .notification_setting_user_notification_types_item_channels import (
        NotificationSettingUserNotificationTypesItemChannels,
    )
    from .notification_type import NotificationType
    from .notification_type_channels import NotificationTypeChannels
    from .online import Online
    from .operation import Operation
    from .operation_document import OperationDocument
    from .operation_document_company import OperationDocumentCompany
    from .operation_document_storage import OperationDocumentStorage
    from .operation_document_type import OperationDocumentType
    from .operation_document_user import OperationDocumentUser
    from .operation_transactions_item import OperationTransactionsItem
    from .operation_transactions_item_good import OperationTransactionsItemGood
    from .operation_transactions_item_storage import OperationTransactionsItemStorage
    from .operation_transactions_item_type import OperationTransactionsItemType
    from .operation_transactions_item_unit import OperationTransactionsItemUnit
    from .overall import Overall
    from .overall_client_stats import OverallClientStats
    from .overall_fullness_stats import OverallFullnessStats
    from .overall_income_average_services_stats import OverallIncomeAverageServicesStats
    from .overall_income_average_services_stats_currency import OverallIncomeAverageServicesStatsCurrency
    from .overall_income_average_stats import OverallIncomeAverageStats
    from .overall_income_average_stats_currency import OverallIncomeAverageStatsCurrency
    from .overall_income_goods_stats import OverallIncomeGoodsStats
    from .overall_income_goods_stats_currency import OverallIncomeGoodsStatsCurrency
    from .overall_income_services_stats import OverallIncomeServicesStats
    from .overall_income_services_stats_currency import OverallIncomeServicesStatsCurrency
    from .overall_income_total_stats import OverallIncomeTotalStats
    from .overall_income_total_stats_currency import OverallIncomeTotalStatsCurrency
    from .overall_record_stats import OverallRecordStats
    from .patch_service_body import PatchServiceBody
    from .patch_service_body_staff_item import PatchServiceBodyStaffItem
    from .payment import Payment
    from .payment_kkm_state import PaymentKkmState
    from .payment_kkm_state_transactions_item import PaymentKkmStateTransactionsItem
    from .payment_payment_methods_item import PaymentPaymentMethodsItem
    from .payment_payment_methods_item_account import PaymentPaymentMethodsItemAccount
    from .payment_state import PaymentState
    from .payment_state_items_item import PaymentStateItemsItem
    from .payment_state_loyalty_transactions_item import PaymentStateLoyaltyTransactionsItem
    from .payment_state_payment_transactions_item import PaymentStatePaymentTransactionsItem
    from .payment_transaction import PaymentTransaction
    from .payment_transaction_kkm_state import PaymentTransactionKkmState
    from .payment_transaction_kkm_state_transactions_item import PaymentTransactionKkmStateTransactionsItem
    from .payment_transaction_payment_methods_item import PaymentTransactionPaymentMethodsItem
    from .payment_transaction_payment_methods_item_account import PaymentTransactionPaymentMethodsItemAccount
    from .payment_transaction_state import PaymentTransactionState
    from .payment_transaction_state_items_item import PaymentTransactionStateItemsItem
    from .payment_transaction_state_loyalty_transactions_item import PaymentTransactionStateLoyaltyTransactionsItem
    from .payment_transaction_state_payment_transactions_item import PaymentTransactionStatePaymentTransactionsItem
    from .permission import Permission
    from .permission_user_permissions_item import PermissionUserPermissionsItem
    from .permission_user_role import PermissionUserRole
    from .position import Position
    from .position_quick import PositionQuick
    from .position_quick_services_binding_type import PositionQuickServicesBindingType
    from .print_document_bill import PrintDocumentBill
    from .print_document_bill_bill_json_item import PrintDocumentBillBillJsonItem
    from .print_document_bill_kkm_transactions_item import PrintDocumentBillKkmTransactionsItem
    from .print_document_bill_kkm_transactions_item_cashier import PrintDocumentBillKkmTransactionsItemCashier
    from .print_document_bill_kkm_transactions_item_document import PrintDocumentBillKkmTransactionsItemDocument
    from .print_document_bill_kkm_transactions_item_status import PrintDocumentBillKkmTransactionsItemStatus
    from .print_document_bill_kkm_transactions_item_type import PrintDocumentBillKkmTransactionsItemType
    from .print_fiscal_receipt_body import PrintFiscalReceiptBody
    from .program import Program
    from .program_applicable_items_item import ProgramApplicableItemsItem
    from .program_companies_item import ProgramCompaniesItem
    from .program_expiration_timeout_unit import ProgramExpirationTimeoutUnit
    from .program_good_item_type import ProgramGoodItemType
    from .program_loyalty_card_types_item import ProgramLoyaltyCardTypesItem
    from .program_on_changed_notification_template import ProgramOnChangedNotificationTemplate
    from .program_on_changed_notification_template_message_type import ProgramOnChangedNotificationTemplateMessageType
    from .program_on_changed_notification_template_type import ProgramOnChangedNotificationTemplateType
    from .program_on_expiration_notification_template import ProgramOnExpirationNotificationTemplate
    from .program_on_expiration_notification_template_message_type import (
        ProgramOnExpirationNotificationTemplateMessageType,
    )
    from .program_on_expiration_notification_template_type import ProgramOnExpirationNotificationTemplateType
    from .program_params_source_type import ProgramParamsSourceType
    from .program_rules_item import ProgramRulesItem
    from .program_service_item_type import ProgramServiceItemType
    from .program_type import ProgramType
    from .program_value_unit import ProgramValueUnit
    from .quick import Quick
    from .quick_position_type_0 import QuickPositionType0
    from .record import Record
    from .record_client_type_0 import RecordClientType0
    from .record_comer_person_info_type_0 import RecordComerPersonInfoType0
    from .record_consumable import RecordConsumable
    from .record_consumable_consumables_item import RecordConsumableConsumablesItem
    from .record_consumable_technological_card import RecordConsumableTechnologicalCard
    from .record_consumable_technological_card_consumables_item import RecordConsumableTechnologicalCardConsumablesItem
    from .record_consumable_technological_card_technological_cards_item import (
        RecordConsumableTechnologicalCardTechnologicalCardsItem,
    )
    from .record_consumable_technological_cards_item import RecordConsumableTechnologicalCardsItem
    from .record_custom_fields_type_0 import RecordCustomFieldsType0
    from .record_documents_item import RecordDocumentsItem
    from .record_services_item import RecordServicesItem
    from .record_source import RecordSource
    from .record_staff import RecordStaff
    from .record_status import RecordStatus
    from .records_daily import RecordsDaily
    from .remove_service_from_team_member_response_204_type_0 import RemoveServiceFromTeamMemberResponse204Type0
    from .remove_user_from_locations_body import RemoveUserFromLocationsBody
    from .remove_user_from_locations_body_user_company_links_item import RemoveUserFromLocationsBodyUserCompanyLinksItem
    from .remove_user_from_locations_response_200_type_0 import RemoveUserFromLocationsResponse200Type0
    from .resource import Resource
    from .resource_instances_item import ResourceInstancesItem
    from .role import Role
    from .role_slug import RoleSlug
    from .role_user_permissions_type_0_item import RoleUserPermissionsType0Item
    from .salary_scheme import SalaryScheme
    from .salary_scheme_salary_scheme import SalarySchemeSalaryScheme
    from .salary_schemes_count import SalarySchemesCount
    from .sale import Sale
    from .sale_kkm_state import SaleKkmState
    from .sale_kkm_state_transactions_item import SaleKkmStateTransactionsItem
    from .sale_payment_methods_item import SalePaymentMethodsItem
    from .sale_payment_methods_item_account import SalePaymentMethodsItemAccount
    from .sale_state import SaleState
    from .sale_state_items_item import SaleStateItemsItem
    from .sale_state_loyalty_transactions_item import SaleStateLoyaltyTransactionsItem
    from .sale_state_payment_transactions_item import SaleStatePaymentTransactionsItem
    from .salon import Salon
    from .salon_salon_group import SalonSalonGroup
    from .schedule import Schedule
    from .schedule_days_item import ScheduleDaysItem
    from .schedule_days_item_events_master import ScheduleDaysItemEventsMaster
    from .schedule_original_entity_type import ScheduleOriginalEntityType
    from .schedule_team_member_update_deprecated_body_item import ScheduleTeamMemberUpdateDeprecatedBodyItem
    from .schedule_team_member_update_deprecated_body_item_slots_item import (
        ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem,
    )
    from .seance import Seance
    from .search_client_visits_body import SearchClientVisitsBody
    from .search_client_visits_body_attendance_type_0 import SearchClientVisitsBodyAttendanceType0
    from .search_client_visits_body_payment_statuses_item import SearchClientVisitsBodyPaymentStatusesItem
    from .search_dates_range import SearchDatesRange
    from .search_product_good import SearchProductGood
    from .search_timetable_event_schedules_by_event_entity_type import SearchTimetableEventSchedulesByEventEntityType
    from .search_timetable_event_schedules_by_event_include_item import SearchTimetableEventSchedulesByEventIncludeItem
    from .send_email_campaign_to_filtered_clients_body import SendEmailCampaignToFilteredClientsBody
    from .send_email_newsletter_to_clients_body import SendEmailNewsletterToClientsBody
    from .send_sms_campaign_to_filtered_clients_body import SendSmsCampaignToFilteredClientsBody
    from .send_sms_to_clients_body import SendSmsToClientsBody
    from .service import Service
    from .service_category import ServiceCategory
    from .service_category_field import ServiceCategoryField
    from .service_category_services_item import ServiceCategoryServicesItem
    from .service_dates_item import ServiceDatesItem
    from .service_image_group_item import ServiceImageGroupItem
    from .service_resources_item import ServiceResourcesItem
    from .service_staff import ServiceStaff
    from .service_staff_item import ServiceStaffItem
    from .set_balance import SetBalance
    from .set_balance_balance_container import SetBalanceBalanceContainer
    from .set_period import SetPeriod
    from .set_team_member_schedule_body import SetTeamMemberScheduleBody
    from .set_team_member_schedule_body_schedules_to_delete_item import SetTeamMemberScheduleBodySchedulesToDeleteItem
    from .set_team_member_schedule_body_schedules_to_set_item import SetTeamMemberScheduleBodySchedulesToSetItem
    from .setting import Setting
    from .setting_staff import SettingStaff
    from .setting_staff_employee import SettingStaffEmployee
    from .setting_staff_position import SettingStaffPosition
    from .setting_staff_user import SettingStaffUser
    from .staff import Staff
    from .staff_image_group_type_0 import StaffImageGroupType0
    from .staff_image_group_type_0_images import StaffImageGroupType0Images
    from .staff_image_group_type_1_item import StaffImageGroupType1Item
    from .staff_position_type_0 import StaffPositionType0
    from .staff_user_item import StaffUserItem
    from .storage import Storage
    from .storage_transaction import StorageTransaction
    from .storage_transaction_clients import StorageTransactionClients
    from .storage_transaction_good import StorageTransactionGood
    from .storage_transaction_master import StorageTransactionMaster
    from .storage_transaction_service import StorageTransactionService
    from .storage_transaction_storage import StorageTransactionStorage
    from .storage_transaction_supplier import StorageTransactionSupplier
    from .storage_transaction_unit import StorageTransactionUnit
    from .tax_system import TaxSystem
    from .tax_system_vats_item import TaxSystemVatsItem
    from .technological_card import TechnologicalCard
    from .technological_card_technological_card_items_item import TechnologicalCardTechnologicalCardItemsItem
    from .timeslot import Timeslot
    from .timeslot_dates_settings_item import TimeslotDatesSettingsItem
    from .timeslot_dates_settings_item_setting import TimeslotDatesSettingsItemSetting
    from .timeslot_weekdays_settings_item import TimeslotWeekdaysSettingsItem
    from .timeslot_weekdays_settings_item_setting import TimeslotWeekdaysSettingsItemSetting
    from .timetable import Timetable
    from .transaction import Transaction
    from .transaction_account import TransactionAccount
    from .transaction_client import TransactionClient
    from .transaction_expense import TransactionExpense
    from .transaction_master import TransactionMaster
    from .transaction_supplier import TransactionSupplier
    from .unlink_appointment_service_association_body import UnlinkAppointmentServiceAssociationBody
    from .update_appointment_attendance_body import UpdateAppointmentAttendanceBody
    from .update_appointment_attendance_body_attendance import UpdateAppointmentAttendanceBodyAttendance
    from .update_appointment_body import UpdateAppointmentBody
    from .update_appointment_body_client import UpdateAppointmentBodyClient
    from .update_appointment_body_custom_fields import UpdateAppointmentBodyCustomFields
    from .update_appointment_body_services_item import UpdateAppointmentBodyServicesItem
    from .update_appointment_calendar_settings_body import UpdateAppointmentCalendarSettingsBody
    from .update_appointment_service_consumables_body import UpdateAppointmentServiceConsumablesBody
    from .update_appointment_service_consumables_body_consumables_item import (
        UpdateAppointmentServiceConsumablesBodyConsumablesItem,
    )
    from .update_booking_widget_body import UpdateBookingWidgetBody
    from .update_booking_widget_body_button_position import UpdateBookingWidgetBodyButtonPosition
    from .update_booking_widget_body_form_position import UpdateBookingWidgetBodyFormPosition
    from .update_chain_loyalty_program_body import UpdateChainLoyaltyProgramBody
    from .update_chain_loyalty_program_body_expiration_timeout_unit import (
        UpdateChainLoyaltyProgramBodyExpirationTimeoutUnit,
    )
    from .update_chain_loyalty_program_body_on_changed_notification_template import (
        UpdateChainLoyaltyProgramBodyOnChangedNotificationTemplate,
    )
    from .update_chain_loyalty_program_body_on_changed_notification_template_type import (
        UpdateChainLoyaltyProgramBodyOnChangedNotificationTemplateType,
    )
    from .update_chain_loyalty_program_body_on_expiration_notification_template import (
        UpdateChainLoyaltyProgramBodyOnExpirationNotificationTemplate,
    )
    from .update_chain_loyalty_program_body_on_expiration_notification_template_type import (
        UpdateChainLoyaltyProgramBodyOnExpirationNotificationTemplateType,
    )
    from .update_chain_loyalty_program_body_rules_item import UpdateChainLoyaltyProgramBodyRulesItem
    from .update_chain_loyalty_program_include import UpdateChainLoyaltyProgramInclude
    from .update_client_body import UpdateClientBody
    from .update_client_body_custom_fields import UpdateClientBodyCustomFields
    from .update_client_body_labels import UpdateClientBodyLabels
    from .update_custom_field_body import UpdateCustomFieldBody
    from .update_document_body import UpdateDocumentBody
    from .update_event_body import UpdateEventBody
    from .update_event_duplication_strategy_body import UpdateEventDuplicationStrategyBody
    from .update_event_duplication_strategy_body_days_item import UpdateEventDuplicationStrategyBodyDaysItem
    from .update_financial_transaction_body import UpdateFinancialTransactionBody
    from .update_location_body import UpdateLocationBody
    from .update_location_body_social import UpdateLocationBodySocial
    from .update_online_booking_settings_body import UpdateOnlineBookingSettingsBody
    from .update_product_body import UpdateProductBody
    from .update_product_body_correction_rules_item import UpdateProductBodyCorrectionRulesItem
    from .update_product_category_body import UpdateProductCategoryBody
    from .update_service_category_body import UpdateServiceCategoryBody
    from .update_service_links_body import UpdateServiceLinksBody
    from .update_service_links_body_team_member_settings_item import UpdateServiceLinksBodyTeamMemberSettingsItem
    from .update_service_links_body_translations_item import UpdateServiceLinksBodyTranslationsItem
    from .update_service_links_response_200_type_0 import UpdateServiceLinksResponse200Type0
    from .update_service_team_member_assignment_body import UpdateServiceTeamMemberAssignmentBody
    from .update_tag_by_tag_id_body import UpdateTagByTagIdBody
    from .update_team_member_body import UpdateTeamMemberBody
    from .update_team_member_schedule_body import UpdateTeamMemberScheduleBody
    from .update_team_member_schedule_body_slots import UpdateTeamMemberScheduleBodySlots
    from .update_timetable_client_schedule_body import UpdateTimetableClientScheduleBody
    from .update_timetable_event_schedule_body import UpdateTimetableEventScheduleBody
    from .update_timetable_schedule_day_body import UpdateTimetableScheduleDayBody
    from .update_timetable_schedule_day_include_item import UpdateTimetableScheduleDayIncludeItem
    from .update_transaction_body import UpdateTransactionBody
    from .update_user_notification_settings_body import UpdateUserNotificationSettingsBody
    from .update_user_notification_settings_body_notification_types_item import (
        UpdateUserNotificationSettingsBodyNotificationTypesItem,
    )
    from .update_user_notification_settings_body_notification_types_item_channels import (
        UpdateUserNotificationSettingsBodyNotificationTypesItemChannels,
    )
    from .update_user_permissions_body import UpdateUserPermissionsBody
    from .update_user_permissions_body_user_permissions_item import UpdateUserPermissionsBodyUserPermissionsItem
    from .update_user_permissions_body_user_role import UpdateUserPermissionsBodyUserRole
    from .update_visit_body import UpdateVisitBody
    from .update_visit_body_deleted_transaction_ids_item import UpdateVisitBodyDeletedTransactionIdsItem
    from .update_visit_body_goods_transactions_item import UpdateVisitBodyGoodsTransactionsItem
    from .update_visit_body_new_transactions_item import UpdateVisitBodyNewTransactionsItem
    from .update_visit_body_services_item import UpdateVisitBodyServicesItem
    from .upload_client_file_body import UploadClientFileBody
    from .upload_image_body import UploadImageBody
    from .user import User
    from .user_permission import UserPermission
    from .user_permission_clients import UserPermissionClients
    from .user_permission_comers import UserPermissionComers
    from .user_permission_dashboard import UserPermissionDashboard
    from .user_permission_finances import UserPermissionFinances
    from .user_permission_loyalty import UserPermissionLoyalty
    from .user_permission_notification import UserPermissionNotification
    from .user_permission_online_record import UserPermissionOnlineRecord
    from .user_permission_other import UserPermissionOther
    from .user_permission_record_form import UserPermissionRecordForm
    from .user_permission_reports import UserPermissionReports
    from .user_permission_security import UserPermissionSecurity
    from .user_permission_settings import UserPermissionSettings
    from .user_permission_storages import UserPermissionStorages
    from .user_permission_timetable import UserPermissionTimetable
    from .visit import Visit
    from .visit_records_item import VisitRecordsItem
    from .visit_records_item_client import VisitRecordsItemClient
    from .visit_records_item_staff import VisitRecordsItemStaff
    from .z_report import ZReport
    from .z_report_paids import ZReportPaids
    from .z_report_paids_accounts_item import ZReportPaidsAccountsItem
    from .z_report_paids_discount_item import ZReportPaidsDiscountItem
    from .z_report_paids_total import ZReportPaidsTotal
    from .z_report_stats import ZReportStats
    from .z_report_z_data import ZReportZData
    from .z_report_z_data_1481101200_item import ZReportZData1481101200Item

_MODULE_OF: dict[str, str] = {
    "Abonement": ".abonement",
    "AbonementBalanceContainer": ".abonement_balance_container",
    "AbonementStatus": ".abonement_status",
    "AbonementType": ".abonement_type",
    "AbonementTypeAvailabilityItem": ".abonement_type_availability_item",
    "AbonementTypeBalanceContainer": ".abonement_type_balance_container",
    "AbonementTypeBalanceContainerLinksItem": ".abonement_type_balance_container_links_item",
    "AbonementTypeCategoryType0": ".abonement_type_category_type_0",
    "AbonementTypeField": ".abonement_type_field",
    "AbonementTypeFieldBalanceContainer": ".abonement_type_field_balance_container",
    "Account": ".account",
    "Activity": ".activity",
    "ActivityDurationDetails": ".activity_duration_details",
    "ActivityLabelsItem": ".activity_labels_item",
    "ActivityResourceInstancesItem": ".activity_resource_instances_item",
    "ActivityService": ".activity_service",
    "ActivityServiceCategory": ".activity_service_category",
    "ActivityStaff": ".activity_staff",
    "ActivityStaffPosition": ".activity_staff_position",
    "ApplyCardWithdrawal": ".apply_card_withdrawal",
    "ApplyCardWithdrawalItemsItem": ".apply_card_withdrawal_items_item",
    "ApplyCardWithdrawalKkmTransactionDetailsContainer": ".apply_card_withdrawal_kkm_transaction_details_container",
    "ApplyCardWithdrawalKkmTransactionDetailsContainerTransactionsItem": ".apply_card_withdrawal_kkm_transaction_details_container_transactions_item",
    "ApplyCardWithdrawalLoyaltyTransactionsItem": ".apply_card_withdrawal_loyalty_transactions_item",
    "ApplyCardWithdrawalLoyaltyTransactionsItemType": ".apply_card_withdrawal_loyalty_transactions_item_type",
    "ApplyCardWithdrawalPaymentTransactionsItem": ".apply_card_withdrawal_payment_transactions_item",
    "ApplyDiscountProgram": ".apply_discount_program",
    "ApplyDiscountProgramItemsItem": ".apply_discount_program_items_item",
    "ApplyDiscountProgramKkmTransactionDetailsContainer": ".apply_discount_program_kkm_transaction_details_container",
    "ApplyDiscountProgramKkmTransactionDetailsContainerTransactionsItem": ".apply_discount_program_kkm_transaction_details_container_transactions_item",
    "ApplyDiscountProgramLoyaltyTransactionsItem": ".apply_discount_program_loyalty_transactions_item",
    "ApplyDiscountProgramLoyaltyTransactionsItemType": ".apply_discount_program_loyalty_transactions_item_type",
    "ApplyDiscountProgramPaymentTransactionsItem": ".apply_discount_program_payment_transactions_item",
    "ApplyDiscountPromotionBody": ".apply_discount_promotion_body",
    "ApplyLoyaltyCardDeductionBody": ".apply_loyalty_card_deduction_body",
    "ApplyReferralProgram": ".apply_referral_program",
    "ApplyReferralProgramBody": ".apply_referral_program_body",
    "ApplyReferralProgramItemsItem": ".apply_referral_program_items_item",
    "ApplyReferralProgramKkmTransactionDetailsContainer": ".apply_referral_program_kkm_transaction_details_container",
    "ApplyReferralProgramKkmTransactionDetailsContainerTransactionsItem": ".apply_referral_program_kkm_transaction_details_container_transactions_item",
    "ApplyReferralProgramLoyaltyTransactionsItem": ".apply_referral_program_loyalty_transactions_item",
    "ApplyReferralProgramLoyaltyTransactionsItemType": ".apply_referral_program_loyalty_transactions_item_type",
    "ApplyReferralProgramPaymentTransactionsItem": ".apply_referral_program_payment_transactions_item",
    "AssignServiceToTeamMemberBody": ".assign_service_to_team_member_body",
    "Attendance": ".attendance",
    "AttendanceAttendance": ".attendance_attendance",
    "AttendanceRecordsType0": ".attendance_records_type_0",
    "AttendanceRecordsType0AdditionalProperty": ".attendance_records_type_0_additional_property",
    "Auth": ".auth",
    "AuthorizeUserBody": ".authorize_user_body",
    "BookingForm": ".booking_form",
    "BookingFormHeaderImagesType0": ".booking_form_header_images_type_0",
    "BulkCreateClientsBody": ".bulk_create_clients_body",
    "BulkCreateClientsBodyCategories": ".bulk_create_clients_body_categories",
    "Calculation": ".calculation",
    "CalculationCurrency": ".calculation_currency",
    "CalculationStaff": ".calculation_staff",
    "CalculationStaffCurrency": ".calculation_staff_currency",
    "CalculationStaffTotalSum": ".calculation_staff_total_sum",
    "CalculationTotalSum": ".calculation_total_sum",
    "CancelCardWithdrawal": ".cancel_card_withdrawal",
    "CancelCardWithdrawalItemsItem": ".cancel_card_withdrawal_items_item",
    "CancelCardWithdrawalKkmTransactionDetailsContainer": ".cancel_card_withdrawal_kkm_transaction_details_container",
    "CancelCardWithdrawalKkmTransactionDetailsContainerTransactionsItem": ".cancel_card_withdrawal_kkm_transaction_details_container_transactions_item",
    "CancelCardWithdrawalLoyaltyTransactionsItem": ".cancel_card_withdrawal_loyalty_transactions_item",
    "CancelCardWithdrawalPaymentTransactionsItem": ".cancel_card_withdrawal_payment_transactions_item",
    "CancelDiscountProgram": ".cancel_discount_program",
    "CancelDiscountProgramItemsItem": ".cancel_discount_program_items_item",
    "CancelDiscountProgramKkmTransactionDetailsContainer": ".cancel_discount_program_kkm_transaction_details_container",
    "CancelDiscountProgramKkmTransactionDetailsContainerTransactionsItem": ".cancel_discount_program_kkm_transaction_details_container_transactions_item",
    "CancelDiscountProgramLoyaltyTransactionsItem": ".cancel_discount_program_loyalty_transactions_item",
    "CancelDiscountProgramPaymentTransactionsItem": ".cancel_discount_program_payment_transactions_item",
    "CancelDiscountPromotionBody": ".cancel_discount_promotion_body",
    "CancelLoyaltyCardWithdrawalBody": ".cancel_loyalty_card_withdrawal_body",
    "Card": ".card",
    "CardProgramsItem": ".card_programs_item",
    "CardProgramsItemLoyaltyType": ".card_programs_item_loyalty_type",
    "CardSalonGroup": ".card_salon_group",
    "CardType": ".card_type",
    "CardTypeClient": ".card_type_client",
    "CardTypeClientSalonGroup": ".card_type_client_salon_group",
    "CardTypeField": ".card_type_field",
    "CategoryNode": ".category_node",
    "CategoryNodeChildrenItem": ".category_node_children_item",
    "Certificate": ".certificate",
    "CertificateStatus": ".certificate_status",
    "CertificateType": ".certificate_type",
    "CertificateTypeField": ".certificate_type_field",
    "CertificateTypeFieldItemType": ".certificate_type_field_item_type",
    "CertificateTypeItemType": ".certificate_type_item_type",
    "ChainLoyaltyCertificateTypesCreateBody": ".chain_loyalty_certificate_types_create_body",
    "ChainLoyaltyCertificateTypesCreateBodyBalanceEditTypeId": ".chain_loyalty_certificate_types_create_body_balance_edit_type_id",
    "ChainLoyaltyCertificateTypesCreateBodyExpiration": ".chain_loyalty_certificate_types_create_body_expiration",
    "ChainLoyaltyCertificateTypesCreateBodyExpirationTimeoutUnitId": ".chain_loyalty_certificate_types_create_body_expiration_timeout_unit_id",
    "ChainLoyaltyCertificateTypesCreateBodyExpirationTypeId": ".chain_loyalty_certificate_types_create_body_expiration_type_id",
    "ChainLoyaltyCertificateTypesCreateBodyItemTypeId": ".chain_loyalty_certificate_types_create_body_item_type_id",
    "ChainLoyaltyCertificateTypesCreateBodyOnlineSale": ".chain_loyalty_certificate_types_create_body_online_sale",
    "ChainLoyaltyCertificateTypesUpdateBody": ".chain_loyalty_certificate_types_update_body",
    "ChainLoyaltyCertificateTypesUpdateBodyBalanceEditTypeId": ".chain_loyalty_certificate_types_update_body_balance_edit_type_id",
    "ChainLoyaltyCertificateTypesUpdateBodyExpiration": ".chain_loyalty_certificate_types_update_body_expiration",
    "ChainLoyaltyCertificateTypesUpdateBodyExpirationTimeoutUnitId": ".chain_loyalty_certificate_types_update_body_expiration_timeout_unit_id",
    "ChainLoyaltyCertificateTypesUpdateBodyExpirationTypeId": ".chain_loyalty_certificate_types_update_body_expiration_type_id",
    "ChainLoyaltyCertificateTypesUpdateBodyItemTypeId": ".chain_loyalty_certificate_types_update_body_item_type_id",
    "ChainLoyaltyCertificateTypesUpdateBodyOnlineSale": ".chain_loyalty_certificate_types_update_body_online_sale",
    "ChainLoyaltyMembershipTypesArchiveBody": ".chain_loyalty_membership_types_archive_body",
    "ChainLoyaltyMembershipTypesCloneBody": ".chain_loyalty_membership_types_clone_body",
    "ChainLoyaltyMembershipTypesCreateBody": ".chain_loyalty_membership_types_create_body",
    "ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId": ".chain_loyalty_membership_types_create_body_autoactivation_time_unit_id",
    "ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem": ".chain_loyalty_membership_types_create_body_availability_item",
    "ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId": ".chain_loyalty_membership_types_create_body_balance_edit_type_id",
    "ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId": ".chain_loyalty_membership_types_create_body_expiration_type_id",
    "ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId": ".chain_loyalty_membership_types_create_body_freeze_limit_unit_id",
    "ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId": ".chain_loyalty_membership_types_create_body_period_unit_id",
    "ChainLoyaltyMembershipTypesCreateBodyServiceCategories": ".chain_loyalty_membership_types_create_body_service_categories",
    "ChainLoyaltyMembershipTypesCreateBodyServices": ".chain_loyalty_membership_types_create_body_services",
    "ChainLoyaltyMembershipTypesRestoreBody": ".chain_loyalty_membership_types_restore_body",
    "ChainLoyaltyMembershipTypesUpdateBody": ".chain_loyalty_membership_types_update_body",
    "ChainLoyaltyMembershipTypesUpdateBodyAutoactivationTimeUnitId": ".chain_loyalty_membership_types_update_body_autoactivation_time_unit_id",
    "ChainLoyaltyMembershipTypesUpdateBodyAvailabilityItem": ".chain_loyalty_membership_types_update_body_availability_item",
    "ChainLoyaltyMembershipTypesUpdateBodyBalanceEditTypeId": ".chain_loyalty_membership_types_update_body_balance_edit_type_id",
    "ChainLoyaltyMembershipTypesUpdateBodyExpirationTypeId": ".chain_loyalty_membership_types_update_body_expiration_type_id",
    "ChainLoyaltyMembershipTypesUpdateBodyFreezeLimitUnitId": ".chain_loyalty_membership_types_update_body_freeze_limit_unit_id",
    "ChainLoyaltyMembershipTypesUpdateBodyPeriodUnitId": ".chain_loyalty_membership_types_update_body_period_unit_id",
    "ChainLoyaltyMembershipsFreezeBody": ".chain_loyalty_memberships_freeze_body",
    "ChainLoyaltyMembershipsSetBalanceBody": ".chain_loyalty_memberships_set_balance_body",
    "ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem": ".chain_loyalty_memberships_set_balance_body_services_balance_count_item",
    "ChainLoyaltyMembershipsSetPeriodBody": ".chain_loyalty_memberships_set_period_body",
    "ChainLoyaltyMembershipsSetPeriodBodyPeriodUnitId": ".chain_loyalty_memberships_set_period_body_period_unit_id",
    "ChainLoyaltyMembershipsUnfreezeBody": ".chain_loyalty_memberships_unfreeze_body",
    "CheckMembershipsForEventAbonement": ".check_memberships_for_event_abonement",
    "CheckMembershipsForEventAbonementDataType0": ".check_memberships_for_event_abonement_data_type_0",
    "CheckMembershipsForEventAbonementDataType0Attributes": ".check_memberships_for_event_abonement_data_type_0_attributes",
    "CheckMembershipsForEventAbonementDataType1Item": ".check_memberships_for_event_abonement_data_type_1_item",
    "CheckMembershipsForEventAbonementDataType1ItemAttributes": ".check_memberships_for_event_abonement_data_type_1_item_attributes",
    "CheckMembershipsForEventAbonementDataType1ItemRelationships": ".check_memberships_for_event_abonement_data_type_1_item_relationships",
    "CheckMembershipsForEventAbonementIncludedItem": ".check_memberships_for_event_abonement_included_item",
    "Client": ".client",
    "ClientCategoriesItem": ".client_categories_item",
    "ClientComment": ".client_comment",
    "ClientCommentFilesItem": ".client_comment_files_item",
    "ClientCommentType": ".client_comment_type",
    "ClientCommentUserType0": ".client_comment_user_type_0",
    "ClientCustomFields": ".client_custom_fields",
    "ClientSchedule": ".client_schedule",
    "ClientScheduleDaysItem": ".client_schedule_days_item",
    "ClientScheduleDaysItemEventsMaster": ".client_schedule_days_item_events_master",
    "ClientVisit": ".client_visit",
    "ClientVisitGoodsTransactionsItem": ".client_visit_goods_transactions_item",
    "ClientVisitGoodsTransactionsItemCompany": ".client_visit_goods_transactions_item_company",
    "ClientVisitGoodsTransactionsItemStaff": ".client_visit_goods_transactions_item_staff",
    "ClientVisitRecordsItem": ".client_visit_records_item",
    "ClientVisitRecordsItemComer": ".client_visit_records_item_comer",
    "ClientVisitRecordsItemCompany": ".client_visit_records_item_company",
    "ClientVisitRecordsItemStaff": ".client_visit_records_item_staff",
    "ClientVisitRecordsItemTips": ".client_visit_records_item_tips",
    "Comment": ".comment",
    "Company": ".company",
    "CompanyAccess": ".company_access",
    "CompanyBookformsItem": ".company_bookforms_item",
    "CompanyBookingWidgetPromoType0": ".company_booking_widget_promo_type_0",
    "CompanyGroups": ".company_groups",
    "CompanyGroupsAdditionalProperty": ".company_groups_additional_property",
    "CompanyMainGroupType0": ".company_main_group_type_0",
    "CompanyPaymentPolicy": ".company_payment_policy",
    "CompanyPaymentPolicyType": ".company_payment_policy_type",
    "CompanySocial": ".company_social",
    "CompanyUser": ".company_user",
    "CompanyUserAccess": ".company_user_access",
    "Consumable": ".consumable",
    "ConsumableConsumablesItem": ".consumable_consumables_item",
    "ConsumableTechnologicalCardsItem": ".consumable_technological_cards_item",
    "CopyUserPermissionsToLocationsBody": ".copy_user_permissions_to_locations_body",
    "CopyUserPermissionsToLocationsBodyUserCompanyLinksItem": ".copy_user_permissions_to_locations_body_user_company_links_item",
    "CopyUserPermissionsToLocationsResponse200Type0": ".copy_user_permissions_to_locations_response_200_type_0",
    "CreateAppointmentBody": ".create_appointment_body",
    "CreateAppointmentBodyClient": ".create_appointment_body_client",
    "CreateAppointmentBodyCustomFields": ".create_appointment_body_custom_fields",
    "CreateAppointmentBodyServicesItem": ".create_appointment_body_services_item",
    "CreateBookingWidgetBody": ".create_booking_widget_body",
    "CreateBookingWidgetBodyButtonPosition": ".create_booking_widget_body_button_position",
    "CreateBookingWidgetBodyFormPosition": ".create_booking_widget_body_form_position",
    "CreateChainLoyaltyCardTransactionBody": ".create_chain_loyalty_card_transaction_body",
    "CreateChainLoyaltyProgramBody": ".create_chain_loyalty_program_body",
    "CreateChainLoyaltyProgramBodyExpirationTimeoutUnit": ".create_chain_loyalty_program_body_expiration_timeout_unit",
    "CreateChainLoyaltyProgramBodyGoodItemType": ".create_chain_loyalty_program_body_good_item_type",
    "CreateChainLoyaltyProgramBodyOnChangedNotificationTemplate": ".create_chain_loyalty_program_body_on_changed_notification_template",
    "CreateChainLoyaltyProgramBodyOnChangedNotificationTemplateType": ".create_chain_loyalty_program_body_on_changed_notification_template_type",
    "CreateChainLoyaltyProgramBodyOnExpirationNotificationTemplate": ".create_chain_loyalty_program_body_on_expiration_notification_template",
    "CreateChainLoyaltyProgramBodyOnExpirationNotificationTemplateType": ".create_chain_loyalty_program_body_on_expiration_notification_template_type",
    "CreateChainLoyaltyProgramBodyParamsSourceType": ".create_chain_loyalty_program_body_params_source_type",
    "CreateChainLoyaltyProgramBodyRulesItem": ".create_chain_loyalty_program_body_rules_item",
    "CreateChainLoyaltyProgramBodyServiceItemType": ".create_chain_loyalty_program_body_service_item_type",
    "CreateChainLoyaltyProgramBodyType": ".create_chain_loyalty_program_body_type",
    "CreateChainLoyaltyProgramBodyValueUnit": ".create_chain_loyalty_program_body_value_unit",
    "CreateChainLoyaltyProgramInclude": ".create_chain_loyalty_program_include",
    "CreateClientAccountTopupOperationBody": ".create_client_account_topup_operation_body",
    "CreateClientBody": ".create_client_body",
    "CreateClientBodyCategories": ".create_client_body_categories",
    "CreateClientBodyCustomFields": ".create_client_body_custom_fields",
    "CreateClientCommentBody": ".create_client_comment_body",
    "CreateCustomFieldBody": ".create_custom_field_body",
    "CreateDocumentBody": ".create_document_body",
    "CreateEventBody": ".create_event_body",
    "CreateEventDuplicationStrategyBody": ".create_event_duplication_strategy_body",
    "CreateEventDuplicationStrategyBodyDaysItem": ".create_event_duplication_strategy_body_days_item",
    "CreateFinancialTransactionBody": ".create_financial_transaction_body",
    "CreateInventoryOperationBody": ".create_inventory_operation_body",
    "CreateInventoryOperationBodyGoodsTransactionsItem": ".create_inventory_operation_body_goods_transactions_item",
    "CreateLocationBody": ".create_location_body",
    "CreateLoyaltyCardTransactionBody": ".create_loyalty_card_transaction_body",
    "CreatePaymentWithLoyaltyMethodsBodyType0": ".create_payment_with_loyalty_methods_body_type_0",
    "CreatePaymentWithLoyaltyMethodsBodyType0Payment": ".create_payment_with_loyalty_methods_body_type_0_payment",
    "CreatePaymentWithLoyaltyMethodsBodyType0PaymentMethod": ".create_payment_with_loyalty_methods_body_type_0_payment_method",
    "CreatePaymentWithLoyaltyMethodsBodyType1": ".create_payment_with_loyalty_methods_body_type_1",
    "CreatePaymentWithLoyaltyMethodsBodyType1Payment": ".create_payment_with_loyalty_methods_body_type_1_payment",
    "CreatePaymentWithLoyaltyMethodsBodyType1PaymentMethod": ".create_payment_with_loyalty_methods_body_type_1_payment_method",
    "CreatePaymentWithLoyaltyMethodsBodyType2": ".create_payment_with_loyalty_methods_body_type_2",
    "CreatePaymentWithLoyaltyMethodsBodyType2Payment": ".create_payment_with_loyalty_methods_body_type_2_payment",
    "CreatePaymentWithLoyaltyMethodsBodyType2PaymentMethod": ".create_payment_with_loyalty_methods_body_type_2_payment_method",
    "CreatePaymentWithLoyaltyMethodsBodyType3": ".create_payment_with_loyalty_methods_body_type_3",
    "CreatePaymentWithLoyaltyMethodsBodyType3Payment": ".create_payment_with_loyalty_methods_body_type_3_payment",
    "CreatePaymentWithLoyaltyMethodsBodyType3PaymentMethod": ".create_payment_with_loyalty_methods_body_type_3_payment_method",
    "CreatePaymentWithLoyaltyMethodsBodyType4": ".create_payment_with_loyalty_methods_body_type_4",
    "CreatePaymentWithLoyaltyMethodsBodyType4Payment": ".create_payment_with_loyalty_methods_body_type_4_payment",
    "CreatePaymentWithLoyaltyMethodsBodyType4PaymentMethod": ".create_payment_with_loyalty_methods_body_type_4_payment_method",
    "CreatePaymentWithLoyaltyMethodsBodyType5": ".create_payment_with_loyalty_methods_body_type_5",
    "CreatePaymentWithLoyaltyMethodsBodyType5Payment": ".create_payment_with_loyalty_methods_body_type_5_payment",
    "CreatePaymentWithLoyaltyMethodsBodyType5PaymentMethod": ".create_payment_with_loyalty_methods_body_type_5_payment_method",
    "CreatePaymentWithLoyaltyMethodsBodyType6": ".create_payment_with_loyalty_methods_body_type_6",
    "CreatePaymentWithLoyaltyMethodsBodyType6Payment": ".create_payment_with_loyalty_methods_body_type_6_payment",
    "CreatePaymentWithLoyaltyMethodsBodyType6PaymentMethod": ".create_payment_with_loyalty_methods_body_type_6_payment_method",
    "CreatePositionQuickBody": ".create_position_quick_body",
    "CreateProductBody": ".create_product_body",
    "CreateProductCategoryBody": ".create_product_category_body",
    "CreateServiceBody": ".create_service_body",
    "CreateServiceBodyStaffItem": ".create_service_body_staff_item",
    "CreateServiceCategoryBody": ".create_service_category_body",
    "CreateTeamMemberQuickBody": ".create_team_member_quick_body",
    "CreateTimetableClientScheduleBody": ".create_timetable_client_schedule_body",
    "CreateTimetableEventScheduleBody": ".create_timetable_event_schedule_body",
    "CreateTimetableEventScheduleBodyDaysItem": ".create_timetable_event_schedule_body_days_item",
    "CreateTimetableEventScheduleBodyOriginalEntityType": ".create_timetable_event_schedule_body_original_entity_type",
    "CreateTimetableEventScheduleIncludeItem": ".create_timetable_event_schedule_include_item",
    "CreateTimetableScheduleDayBody": ".create_timetable_schedule_day_body",
    "CreateTimetableScheduleDayBodyDayOfWeek": ".create_timetable_schedule_day_body_day_of_week",
    "CreateTimetableScheduleDayIncludeItem": ".create_timetable_schedule_day_include_item",
    "CreateTransactionBody": ".create_transaction_body",
    "CreateUserInvitationBody": ".create_user_invitation_body",
    "CreateUserInvitationBodyInvitesItem": ".create_user_invitation_body_invites_item",
    "CustomField": ".custom_field",
    "CustomFieldCustomField": ".custom_field_custom_field",
    "CustomFieldCustomFieldType": ".custom_field_custom_field_type",
    "Daily": ".daily",
    "DailyCurrency": ".daily_currency",
    "DailyPayrollDailyItem": ".daily_payroll_daily_item",
    "DailyPayrollDailyItemPayrollSum": ".daily_payroll_daily_item_payroll_sum",
    "DailyPeriodCalculationDailyItem": ".daily_period_calculation_daily_item",
    "DailyPeriodCalculationDailyItemPeriodCalculation": ".daily_period_calculation_daily_item_period_calculation",
    "Day": ".day",
    "DayDayOfWeek": ".day_day_of_week",
    "DayEventsItem": ".day_events_item",
    "DayEventsItemEntityMaster": ".day_events_item_entity_master",
    "DayEventsLabelsItem": ".day_events_labels_item",
    "DayEventsMaster": ".day_events_master",
    "DayEventsMasterPositionType0": ".day_events_master_position_type_0",
    "DayEventsResourceInstancesItem": ".day_events_resource_instances_item",
    "DefaultForStaffAndService": ".default_for_staff_and_service",
    "DefaultForStaffAndServiceTechnologicalCardItemsItem": ".default_for_staff_and_service_technological_card_items_item",
    "DeleteChainLoyaltyProgramInclude": ".delete_chain_loyalty_program_include",
    "DeleteImageBody": ".delete_image_body",
    "DeleteTimetableClientScheduleResponse204Type0": ".delete_timetable_client_schedule_response_204_type_0",
    "DeleteTimetableEventScheduleResponse204Type0": ".delete_timetable_event_schedule_response_204_type_0",
    "DeleteTimetableScheduleDayResponse204Type0": ".delete_timetable_schedule_day_response_204_type_0",
    "DepositHistory": ".deposit_history",
    "DepositHistoryDepositTransaction": ".deposit_history_deposit_transaction",
    "DepositHistoryDepositTransactionType": ".deposit_history_deposit_transaction_type",
    "DepositsOperation": ".deposits_operation",
    "DepositsOperationDepositsTransactionsItem": ".deposits_operation_deposits_transactions_item",
    "DepositsOperationDepositsTransactionsItemDeposit": ".deposits_operation_deposits_transactions_item_deposit",
    "DepositsOperationDepositsTransactionsItemDepositType": ".deposits_operation_deposits_transactions_item_deposit_type",
    "DepositsOperationDocument": ".deposits_operation_document",
    "DepositsOperationDocumentSalon": ".deposits_operation_document_salon",
    "DepositsOperationDocumentType": ".deposits_operation_document_type",
    "DepositsOperationDocumentUser": ".deposits_operation_document_user",
    "DepositsOperationPaymentTransactionsItem": ".deposits_operation_payment_transactions_item",
    "DepositsOperationPaymentTransactionsItemType": ".deposits_operation_payment_transactions_item_type",
    "DeprecatedCreateTeamMemberBody": ".deprecated_create_team_member_body",
    "DeprecatedUpdateServiceByIdBody": ".deprecated_update_service_by_id_body",
    "DeprecatedUpdateServiceByIdBodyStaffItem": ".deprecated_update_service_by_id_body_staff_item",
    "Detail": ".detail",
    "DetailItemsItem": ".detail_items_item",
    "DetailKkmTransactionDetailsContainer": ".detail_kkm_transaction_details_container",
    "DetailKkmTransactionDetailsContainerTransactionsItem": ".detail_kkm_transaction_details_container_transactions_item",
    "DetailLoyaltyTransactionsItem": ".detail_loyalty_transactions_item",
    "DetailLoyaltyTransactionsItemType": ".detail_loyalty_transactions_item_type",
    "DetailPaymentTransactionsItem": ".detail_payment_transactions_item",
    "DetailPaymentTransactionsItemAccount": ".detail_payment_transactions_item_account",
    "DetailPaymentTransactionsItemClient": ".detail_payment_transactions_item_client",
    "DetailPaymentTransactionsItemExpense": ".detail_payment_transactions_item_expense",
    "Document": ".document",
    "DocumentCompany": ".document_company",
    "DocumentCompanyPhonesItem": ".document_company_phones_item",
    "DocumentStorage": ".document_storage",
    "DocumentType": ".document_type",
    "DocumentUser": ".document_user",
    "DuplicateEventBody": ".duplicate_event_body",
    "ErrorMeta": ".error_meta",
    "ErrorMetaErrors": ".error_meta_errors",
    "ErrorResponse": ".error_response",
    "Event": ".event",
    "EventEntityLabelsItem": ".event_entity_labels_item",
    "EventEntityMaster": ".event_entity_master",
    "EventEntityMasterPositionType0": ".event_entity_master_position_type_0",
    "EventEntityResourceInstancesItem": ".event_entity_resource_instances_item",
    "EventEventEntityType": ".event_event_entity_type",
    "EventEventStatus": ".event_event_status",
    "File": ".file",
    "Filter": ".filter_",
    "FilterCode": ".filter_code",
    "FilterDataItem": ".filter_data_item",
    "FinanceTransaction": ".finance_transaction",
    "FinanceTransactionAccount": ".finance_transaction_account",
    "FinanceTransactionClient": ".finance_transaction_client",
    "FinanceTransactionExpense": ".finance_transaction_expense",
    "FinanceTransactionMasterType0": ".finance_transaction_master_type_0",
    "FinanceTransactionMasterType1Item": ".finance_transaction_master_type_1_item",
    "FinanceTransactionSupplierType0Item": ".finance_transaction_supplier_type_0_item",
    "FinanceTransactionSupplierType1": ".finance_transaction_supplier_type_1",
    "FullnessDaily": ".fullness_daily",
    "GenerateCode": ".generate_code",
    "GetChainClientByPhoneNumberClient": ".get_chain_client_by_phone_number_client",
    "GetChainClientByPhoneNumberClientClientsItem": ".get_chain_client_by_phone_number_client_clients_item",
    "GetChainLoyaltyProgramInclude": ".get_chain_loyalty_program_include",
    "GetChainLoyaltyTransactionListTransaction": ".get_chain_loyalty_transaction_list_transaction",
    "GetChainLoyaltyTransactionListTransactionProgram": ".get_chain_loyalty_transaction_list_transaction_program",
    "GetChainLoyaltyTransactionListTransactionType": ".get_chain_loyalty_transaction_list_transaction_type",
    "GetChainLoyaltyTransactionListTypesItem": ".get_chain_loyalty_transaction_list_types_item",
    "GetChainServiceCategoryListInclude": ".get_chain_service_category_list_include",
    "GetClientListBody": ".get_client_list_body",
    "GetClientListBodyFieldsItem": ".get_client_list_body_fields_item",
    "GetClientListBodyFiltersItem": ".get_client_list_body_filters_item",
    "GetClientListBodyFiltersItemState": ".get_client_list_body_filters_item_state",
    "GetClientListBodyOperation": ".get_client_list_body_operation",
    "GetClientListBodyOrderBy": ".get_client_list_body_order_by",
    "GetClientListBodyOrderByDirection": ".get_client_list_body_order_by_direction",
    "GetClientListClient": ".get_client_list_client",
    "GetLocationListIncludeItem": ".get_location_list_include_item",
    "GetLocationLoyaltyProgramListType": ".get_location_loyalty_program_list_type",
    "GetMessageStatusListBodyItem": ".get_message_status_list_body_item",
    "GetTagListByEntityEntity": ".get_tag_list_by_entity_entity",
    "GetTeamMemberPayrollCalculationResponse200Type0": ".get_team_member_payroll_calculation_response_200_type_0",
    "GetTeamMemberPayrollCalculationResponse200Type0Currency": ".get_team_member_payroll_calculation_response_200_type_0_currency",
    "GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItem": ".get_team_member_payroll_calculation_response_200_type_0_salary_items_item",
    "GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItemPaidType0": ".get_team_member_payroll_calculation_response_200_type_0_salary_items_item_paid_type_0",
    "GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItemSalaryCalculationInfo": ".get_team_member_payroll_calculation_response_200_type_0_salary_items_item_salary_calculation_info",
    "GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItemSalaryDiscrepancyType0": ".get_team_member_payroll_calculation_response_200_type_0_salary_items_item_salary_discrepancy_type_0",
    "GetTeamMemberPayrollCalculationResponse200Type0Status": ".get_team_member_payroll_calculation_response_200_type_0_status",
    "GetTeamMemberSalaryPeriodResponse200Type0": ".get_team_member_salary_period_response_200_type_0",
    "GetTeamMemberSalaryPeriodResponse200Type0Currency": ".get_team_member_salary_period_response_200_type_0_currency",
    "GetTeamMemberScheduleListIncludeItem": ".get_team_member_schedule_list_include_item",
    "GetTeamMemberScheduleSchedule": ".get_team_member_schedule_schedule",
    "GetTeamMemberScheduleScheduleBusyIntervalsItem": ".get_team_member_schedule_schedule_busy_intervals_item",
    "GetTeamMemberScheduleScheduleSlotsItem": ".get_team_member_schedule_schedule_slots_item",
    "GetUserRolesIncludeItem": ".get_user_roles_include_item",
    "Good": ".good",
    "GoodActualAmountsItem": ".good_actual_amounts_item",
    "GoodsCategory": ".goods_category",
    "GoodsTransaction": ".goods_transaction",
    "GoodsTransactionClientType0Item": ".goods_transaction_client_type_0_item",
    "GoodsTransactionClientType1": ".goods_transaction_client_type_1",
    "GoodsTransactionGood": ".goods_transaction_good",
    "GoodsTransactionGoodActualAmountsItem": ".goods_transaction_good_actual_amounts_item",
    "GoodsTransactionGoodLoyaltyCertificateTypeType0": ".goods_transaction_good_loyalty_certificate_type_type_0",
    "GoodsTransactionGoodsMarksItem": ".goods_transaction_goods_marks_item",
    "GoodsTransactionMasterType0Item": ".goods_transaction_master_type_0_item",
    "GoodsTransactionMasterType1": ".goods_transaction_master_type_1",
    "GoodsTransactionSaleUnitType0": ".goods_transaction_sale_unit_type_0",
    "GoodsTransactionServiceUnitType0": ".goods_transaction_service_unit_type_0",
    "GoodsTransactionStorage": ".goods_transaction_storage",
    "GoodsTransactionSupplierItem": ".goods_transaction_supplier_item",
    "GoodsTransactionType": ".goods_transaction_type",
    "GoodsTransactionUnit": ".goods_transaction_unit",
    "Group": ".group",
    "GroupAccess": ".group_access",
    "GroupCompaniesItem": ".group_companies_item",
    "HandleFiscalizationCallbackBody": ".handle_fiscalization_callback_body",
    "History": ".history",
    "HistoryLoyaltyEntityChangesType0": ".history_loyalty_entity_changes_type_0",
    "HistoryOperationType": ".history_operation_type",
    "Image": ".image",
    "ImageImageGroup": ".image_image_group",
    "ImageImageGroupImageGroup": ".image_image_group_image_group",
    "ImageImageGroupImages": ".image_image_group_images",
    "Income": ".income",
    "IncomeCurrency": ".income_currency",
    "IncomeDaily": ".income_daily",
    "IncomeIncomeStats": ".income_income_stats",
    "IncomeIncomeStatsByDayItem": ".income_income_stats_by_day_item",
    "IncomeIncomeStatsNew": ".income_income_stats_new",
    "IncomeIncomeStatsOld": ".income_income_stats_old",
    "IncomeIncomeStatsTotal": ".income_income_stats_total",
    "IssueLoyaltyCardBody": ".issue_loyalty_card_body",
    "KkmTransaction": ".kkm_transaction",
    "KkmTransactionCashier": ".kkm_transaction_cashier",
    "KkmTransactionDocument": ".kkm_transaction_document",
    "KkmTransactionStatus": ".kkm_transaction_status",
    "KkmTransactionType": ".kkm_transaction_type",
    "Label": ".label",
    "LeaveCommentBody": ".leave_comment_body",
    "License": ".license_",
    "LicenseLicenseOption": ".license_license_option",
    "LicenseOptionsItem": ".license_options_item",
    "ListRolesIncludeItem": ".list_roles_include_item",
    "LoyaltyAbonement": ".loyalty_abonement",
    "LoyaltyProgramStaff": ".loyalty_program_staff",
    "LoyaltyProgramStaffClientStats": ".loyalty_program_staff_client_stats",
    "LoyaltyProgramStaffStaff": ".loyalty_program_staff_staff",
    "LoyaltyProgramVisit": ".loyalty_program_visit",
    "LoyaltyProgramVisitClientStats": ".loyalty_program_visit_client_stats",
    "LoyaltyProgramVisitClientStatsNew": ".loyalty_program_visit_client_stats_new",
    "LoyaltyProgramVisitClientStatsOld": ".loyalty_program_visit_client_stats_old",
    "LoyaltyProgramVisitClientStatsTotal": ".loyalty_program_visit_client_stats_total",
    "LoyaltyProgramVisitVisitsStatsByDayItem": ".loyalty_program_visit_visits_stats_by_day_item",
    "LoyaltyTransaction": ".loyalty_transaction",
    "LoyaltyTransactionKkmState": ".loyalty_transaction_kkm_state",
    "LoyaltyTransactionKkmStateTransactionsItem": ".loyalty_transaction_kkm_state_transactions_item",
    "LoyaltyTransactionPaymentMethodsItem": ".loyalty_transaction_payment_methods_item",
    "LoyaltyTransactionPaymentMethodsItemAccount": ".loyalty_transaction_payment_methods_item_account",
    "LoyaltyTransactionState": ".loyalty_transaction_state",
    "LoyaltyTransactionStateItemsItem": ".loyalty_transaction_state_items_item",
    "LoyaltyTransactionStateLoyaltyTransactionsItem": ".loyalty_transaction_state_loyalty_transactions_item",
    "LoyaltyTransactionStatePaymentTransactionsItem": ".loyalty_transaction_state_payment_transactions_item",
    "ManualTransaction": ".manual_transaction",
    "MetaInfo": ".meta_info",
    "Multiple": ".multiple",
    "NotificationMessageTemplateProgram": ".notification_message_template_program",
    "NotificationMessageTemplateProgramMessageType": ".notification_message_template_program_message_type",
    "NotificationMessageTemplateProgramType": ".notification_message_template_program_type",
    "NotificationSettingUser": ".notification_setting_user",
    "NotificationSettingUserMode": ".notification_setting_user_mode",
    "NotificationSettingUserNotificationTypesItem": ".notification_setting_user_notification_types_item",
    "NotificationSettingUserNotificationTypesItemChannels": ".notification_setting_user_notification_types_item_channels",
    "NotificationType": ".notification_type",
    "NotificationTypeChannels": ".notification_type_channels",
    "Online": ".online",
    "Operation": ".operation",
    "OperationDocument": ".operation_document",
    "OperationDocumentCompany": ".operation_document_company",
    "OperationDocumentStorage": ".operation_document_storage",
    "OperationDocumentType": ".operation_document_type",
    "OperationDocumentUser": ".operation_document_user",
    "OperationTransactionsItem": ".operation_transactions_item",
    "OperationTransactionsItemGood": ".operation_transactions_item_good",
    "OperationTransactionsItemStorage": ".operation_transactions_item_storage",
    "OperationTransactionsItemType": ".operation_transactions_item_type",
    "OperationTransactionsItemUnit": ".operation_transactions_item_unit",
    "Overall": ".overall",
    "OverallClientStats": ".overall_client_stats",
    "OverallFullnessStats": ".overall_fullness_stats",
    "OverallIncomeAverageServicesStats": ".overall_income_average_services_stats",
    "OverallIncomeAverageServicesStatsCurrency": ".overall_income_average_services_stats_currency",
    "OverallIncomeAverageStats": ".overall_income_average_stats",
    "OverallIncomeAverageStatsCurrency": ".overall_income_average_stats_currency",
    "OverallIncomeGoodsStats": ".overall_income_goods_stats",
    "OverallIncomeGoodsStatsCurrency": ".overall_income_goods_stats_currency",
    "OverallIncomeServicesStats": ".overall_income_services_stats",
    "OverallIncomeServicesStatsCurrency": ".overall_income_services_stats_currency",
    "OverallIncomeTotalStats": ".overall_income_total_stats",
    "OverallIncomeTotalStatsCurrency": ".overall_income_total_stats_currency",
    "OverallRecordStats": ".overall_record_stats",
    "PatchServiceBody": ".patch_service_body",
    "PatchServiceBodyStaffItem": ".patch_service_body_staff_item",
    "Payment": ".payment",
    "PaymentKkmState": ".payment_kkm_state",
    "PaymentKkmStateTransactionsItem": ".payment_kkm_state_transactions_item",
    "PaymentPaymentMethodsItem": ".payment_payment_methods_item",
    "PaymentPaymentMethodsItemAccount": ".payment_payment_methods_item_account",
    "PaymentState": ".payment_state",
    "PaymentStateItemsItem": ".payment_state_items_item",
    "PaymentStateLoyaltyTransactionsItem": ".payment_state_loyalty_transactions_item",
    "PaymentStatePaymentTransactionsItem": ".payment_state_payment_transactions_item",
    "PaymentTransaction": ".payment_transaction",
    "PaymentTransactionKkmState": ".payment_transaction_kkm_state",
    "PaymentTransactionKkmStateTransactionsItem": ".payment_transaction_kkm_state_transactions_item",
    "PaymentTransactionPaymentMethodsItem": ".payment_transaction_payment_methods_item",
    "PaymentTransactionPaymentMethodsItemAccount": ".payment_transaction_payment_methods_item_account",
    "PaymentTransactionState": ".payment_transaction_state",
    "PaymentTransactionStateItemsItem": ".payment_transaction_state_items_item",
    "PaymentTransactionStateLoyaltyTransactionsItem": ".payment_transaction_state_loyalty_transactions_item",
    "PaymentTransactionStatePaymentTransactionsItem": ".payment_transaction_state_payment_transactions_item",
    "Permission": ".permission",
    "PermissionUserPermissionsItem": ".permission_user_permissions_item",
    "PermissionUserRole": ".permission_user_role",
    "Position": ".position",
    "PositionQuick": ".position_quick",
    "PositionQuickServicesBindingType": ".position_quick_services_binding_type",
    "PrintDocumentBill": ".print_document_bill",
    "PrintDocumentBillBillJsonItem": ".print_document_bill_bill_json_item",
    "PrintDocumentBillKkmTransactionsItem": ".print_document_bill_kkm_transactions_item",
    "PrintDocumentBillKkmTransactionsItemCashier": ".print_document_bill_kkm_transactions_item_cashier",
    "PrintDocumentBillKkmTransactionsItemDocument": ".print_document_bill_kkm_transactions_item_document",
    "PrintDocumentBillKkmTransactionsItemStatus": ".print_document_bill_kkm_transactions_item_status",
    "PrintDocumentBillKkmTransactionsItemType": ".print_document_bill_kkm_transactions_item_type",
    "PrintFiscalReceiptBody": ".print_fiscal_receipt_body",
    "Program": ".program",
    "ProgramApplicableItemsItem": ".program_applicable_items_item",
    "ProgramCompaniesItem": ".program_companies_item",
    "ProgramExpirationTimeoutUnit": ".program_expiration_timeout_unit",
    "ProgramGoodItemType": ".program_good_item_type",
    "ProgramLoyaltyCardTypesItem": ".program_loyalty_card_types_item",
    "ProgramOnChangedNotificationTemplate": ".program_on_changed_notification_template",
    "ProgramOnChangedNotificationTemplateMessageType": ".program_on_changed_notification_template_message_type",
    "ProgramOnChangedNotificationTemplateType": ".program_on_changed_notification_template_type",
    "ProgramOnExpirationNotificationTemplate": ".program_on_expiration_notification_template",
    "ProgramOnExpirationNotificationTemplateMessageType": ".program_on_expiration_notification_template_message_type",
    "ProgramOnExpirationNotificationTemplateType": ".program_on_expiration_notification_template_type",
    "ProgramParamsSourceType": ".program_params_source_type",
    "ProgramRulesItem": ".program_rules_item",
    "ProgramServiceItemType": ".program_service_item_type",
    "ProgramType": ".program_type",
    "ProgramValueUnit": ".program_value_unit",
    "Quick": ".quick",
    "QuickPositionType0": ".quick_position_type_0",
    "Record": ".record",
    "RecordClientType0": ".record_client_type_0",
    "RecordComerPersonInfoType0": ".record_comer_person_info_type_0",
    "RecordConsumable": ".record_consumable",
    "RecordConsumableConsumablesItem": ".record_consumable_consumables_item",
    "RecordConsumableTechnologicalCard": ".record_consumable_technological_card",
    "RecordConsumableTechnologicalCardConsumablesItem": ".record_consumable_technological_card_consumables_item",
    "RecordConsumableTechnologicalCardTechnologicalCardsItem": ".record_consumable_technological_card_technological_cards_item",
    "RecordConsumableTechnologicalCardsItem": ".record_consumable_technological_cards_item",
    "RecordCustomFieldsType0": ".record_custom_fields_type_0",
    "RecordDocumentsItem": ".record_documents_item",
    "RecordServicesItem": ".record_services_item",
    "RecordSource": ".record_source",
    "RecordStaff": ".record_staff",
    "RecordStatus": ".record_status",
    "RecordsDaily": ".records_daily",
    "RemoveServiceFromTeamMemberResponse204Type0": ".remove_service_from_team_member_response_204_type_0",
    "RemoveUserFromLocationsBody": ".remove_user_from_locations_body",
    "RemoveUserFromLocationsBodyUserCompanyLinksItem": ".remove_user_from_locations_body_user_company_links_item",
    "RemoveUserFromLocationsResponse200Type0": ".remove_user_from_locations_response_200_type_0",
    "Resource": ".resource",
    "ResourceInstancesItem": ".resource_instances_item",
    "Role": ".role",
    "RoleSlug": ".role_slug",
    "RoleUserPermissionsType0Item": ".role_user_permissions_type_0_item",
    "SalaryScheme": ".salary_scheme",
    "SalarySchemeSalaryScheme": ".salary_scheme_salary_scheme",
    "SalarySchemesCount": ".salary_schemes_count",
    "Sale": ".sale",
    "SaleKkmState": ".sale_kkm_state",
    "SaleKkmStateTransactionsItem": ".sale_kkm_state_transactions_item",
    "SalePaymentMethodsItem": ".sale_payment_methods_item",
    "SalePaymentMethodsItemAccount": ".sale_payment_methods_item_account",
    "SaleState": ".sale_state",
    "SaleStateItemsItem": ".sale_state_items_item",
    "SaleStateLoyaltyTransactionsItem": ".sale_state_loyalty_transactions_item",
    "SaleStatePaymentTransactionsItem": ".sale_state_payment_transactions_item",
    "Salon": ".salon",
    "SalonSalonGroup": ".salon_salon_group",
    "Schedule": ".schedule",
    "ScheduleDaysItem": ".schedule_days_item",
    "ScheduleDaysItemEventsMaster": ".schedule_days_item_events_master",
    "ScheduleOriginalEntityType": ".schedule_original_entity_type",
    "ScheduleTeamMemberUpdateDeprecatedBodyItem": ".schedule_team_member_update_deprecated_body_item",
    "ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem": ".schedule_team_member_update_deprecated_body_item_slots_item",
    "Seance": ".seance",
    "SearchClientVisitsBody": ".search_client_visits_body",
    "SearchClientVisitsBodyAttendanceType0": ".search_client_visits_body_attendance_type_0",
    "SearchClientVisitsBodyPaymentStatusesItem": ".search_client_visits_body_payment_statuses_item",
    "SearchDatesRange": ".search_dates_range",
    "SearchProductGood": ".search_product_good",
    "SearchTimetableEventSchedulesByEventEntityType": ".search_timetable_event_schedules_by_event_entity_type",
    "SearchTimetableEventSchedulesByEventIncludeItem": ".search_timetable_event_schedules_by_event_include_item",
    "SendEmailCampaignToFilteredClientsBody": ".send_email_campaign_to_filtered_clients_body",
    "SendEmailNewsletterToClientsBody": ".send_email_newsletter_to_clients_body",
    "SendSmsCampaignToFilteredClientsBody": ".send_sms_campaign_to_filtered_clients_body",
    "SendSmsToClientsBody": ".send_sms_to_clients_body",
    "Service": ".service",
    "ServiceCategory": ".service_category",
    "ServiceCategoryField": ".service_category_field",
    "ServiceCategoryServicesItem": ".service_category_services_item",
    "ServiceDatesItem": ".service_dates_item",
    "ServiceImageGroupItem": ".service_image_group_item",
    "ServiceResourcesItem": ".service_resources_item",
    "ServiceStaff": ".service_staff",
    "ServiceStaffItem": ".service_staff_item",
    "SetBalance": ".set_balance",
    "SetBalanceBalanceContainer": ".set_balance_balance_container",
    "SetPeriod": ".set_period",
    "SetTeamMemberScheduleBody": ".set_team_member_schedule_body",
    "SetTeamMemberScheduleBodySchedulesToDeleteItem": ".set_team_member_schedule_body_schedules_to_delete_item",
    "SetTeamMemberScheduleBodySchedulesToSetItem": ".set_team_member_schedule_body_schedules_to_set_item",
    "Setting": ".setting",
    "SettingStaff": ".setting_staff",
    "SettingStaffEmployee": ".setting_staff_employee",
    "SettingStaffPosition": ".setting_staff_position",
    "SettingStaffUser": ".setting_staff_user",
    "Staff": ".staff",
    "StaffImageGroupType0": ".staff_image_group_type_0",
    "StaffImageGroupType0Images": ".staff_image_group_type_0_images",
    "StaffImageGroupType1Item": ".staff_image_group_type_1_item",
    "StaffPositionType0": ".staff_position_type_0",
    "StaffUserItem": ".staff_user_item",
    "Storage": ".storage",
    "StorageTransaction": ".storage_transaction",
    "StorageTransactionClients": ".storage_transaction_clients",
    "StorageTransactionGood": ".storage_transaction_good",
    "StorageTransactionMaster": ".storage_transaction_master",
    "StorageTransactionService": ".storage_transaction_service",
    "StorageTransactionStorage": ".storage_transaction_storage",
    "StorageTransactionSupplier": ".storage_transaction_supplier",
    "StorageTransactionUnit": ".storage_transaction_unit",
    "TaxSystem": ".tax_system",
    "TaxSystemVatsItem": ".tax_system_vats_item",
    "TechnologicalCard": ".technological_card",
    "TechnologicalCardTechnologicalCardItemsItem": ".technological_card_technological_card_items_item",
    "Timeslot": ".timeslot",
    "TimeslotDatesSettingsItem": ".timeslot_dates_settings_item",
    "TimeslotDatesSettingsItemSetting": ".timeslot_dates_settings_item_setting",
    "TimeslotWeekdaysSettingsItem": ".timeslot_weekdays_settings_item",
    "TimeslotWeekdaysSettingsItemSetting": ".timeslot_weekdays_settings_item_setting",
    "Timetable": ".timetable",
    "Transaction": ".transaction",
    "TransactionAccount": ".transaction_account",
    "TransactionClient": ".transaction_client",
    "TransactionExpense": ".transaction_expense",
    "TransactionMaster": ".transaction_master",
    "TransactionSupplier": ".transaction_supplier",
    "UnlinkAppointmentServiceAssociationBody": ".unlink_appointment_service_association_body",
    "UpdateAppointmentAttendanceBody": ".update_appointment_attendance_body",
    "UpdateAppointmentAttendanceBodyAttendance": ".update_appointment_attendance_body_attendance",
    "UpdateAppointmentBody": ".update_appointment_body",
    "UpdateAppointmentBodyClient": ".update_appointment_body_client",
    "UpdateAppointmentBodyCustomFields": ".update_appointment_body_custom_fields",
    "UpdateAppointmentBodyServicesItem": ".update_appointment_body_services_item",
    "UpdateAppointmentCalendarSettingsBody": ".update_appointment_calendar_settings_body",
    "UpdateAppointmentServiceConsumablesBody": ".update_appointment_service_consumables_body",
    "UpdateAppointmentServiceConsumablesBodyConsumablesItem": ".update_appointment_service_consumables_body_consumables_item",
    "UpdateBookingWidgetBody": ".update_booking_widget_body",
    "UpdateBookingWidgetBodyButtonPosition": ".update_booking_widget_body_button_position",
    "UpdateBookingWidgetBodyFormPosition": ".update_booking_widget_body_form_position",
    "UpdateChainLoyaltyProgramBody": ".update_chain_loyalty_program_body",
    "UpdateChainLoyaltyProgramBodyExpirationTimeoutUnit": ".update_chain_loyalty_program_body_expiration_timeout_unit",
    "UpdateChainLoyaltyProgramBodyOnChangedNotificationTemplate": ".update_chain_loyalty_program_body_on_changed_notification_template",
    "UpdateChainLoyaltyProgramBodyOnChangedNotificationTemplateType": ".update_chain_loyalty_program_body_on_changed_notification_template_type",
    "UpdateChainLoyaltyProgramBodyOnExpirationNotificationTemplate": ".update_chain_loyalty_program_body_on_expiration_notification_template",
    "UpdateChainLoyaltyProgramBodyOnExpirationNotificationTemplateType": ".update_chain_loyalty_program_body_on_expiration_notification_template_type",
    "UpdateChainLoyaltyProgramBodyRulesItem": ".update_chain_loyalty_program_body_rules_item",
    "UpdateChainLoyaltyProgramInclude": ".update_chain_loyalty_program_include",
    "UpdateClientBody": ".update_client_body",
    "UpdateClientBodyCustomFields": ".update_client_body_custom_fields",
    "UpdateClientBodyLabels": ".update_client_body_labels",
    "UpdateCustomFieldBody": ".update_custom_field_body",
    "UpdateDocumentBody": ".update_document_body",
    "UpdateEventBody": ".update_event_body",
    "UpdateEventDuplicationStrategyBody": ".update_event_duplication_strategy_body",
    "UpdateEventDuplicationStrategyBodyDaysItem": ".update_event_duplication_strategy_body_days_item",
    "UpdateFinancialTransactionBody": ".update_financial_transaction_body",
    "UpdateLocationBody": ".update_location_body",
    "UpdateLocationBodySocial": ".update_location_body_social",
    "UpdateOnlineBookingSettingsBody": ".update_online_booking_settings_body",
    "UpdateProductBody": ".update_product_body",
    "UpdateProductBodyCorrectionRulesItem": ".update_product_body_correction_rules_item",
    "UpdateProductCategoryBody": ".update_product_category_body",
    "UpdateServiceCategoryBody": ".update_service_category_body",
    "UpdateServiceLinksBody": ".update_service_links_body",
    "UpdateServiceLinksBodyTeamMemberSettingsItem": ".update_service_links_body_team_member_settings_item",
    "UpdateServiceLinksBodyTranslationsItem": ".update_service_links_body_translations_item",
    "UpdateServiceLinksResponse200Type0": ".update_service_links_response_200_type_0",
    "UpdateServiceTeamMemberAssignmentBody": ".update_service_team_member_assignment_body",
    "UpdateTagByTagIdBody": ".update_tag_by_tag_id_body",
    "UpdateTeamMemberBody": ".update_team_member_body",
    "UpdateTeamMemberScheduleBody": ".update_team_member_schedule_body",
    "UpdateTeamMemberScheduleBodySlots": ".update_team_member_schedule_body_slots",
    "UpdateTimetableClientScheduleBody": ".update_timetable_client_schedule_body",
    "UpdateTimetableEventScheduleBody": ".update_timetable_event_schedule_body",
    "UpdateTimetableScheduleDayBody": ".update_timetable_schedule_day_body",
    "UpdateTimetableScheduleDayIncludeItem": ".update_timetable_schedule_day_include_item",
    "UpdateTransactionBody": ".update_transaction_body",
    "UpdateUserNotificationSettingsBody": ".update_user_notification_settings_body",
    "UpdateUserNotificationSettingsBodyNotificationTypesItem": ".update_user_notification_settings_body_notification_types_item",
    "UpdateUserNotificationSettingsBodyNotificationTypesItemChannels": ".update_user_notification_settings_body_notification_types_item_channels",
    "UpdateUserPermissionsBody": ".update_user_permissions_body",
    "UpdateUserPermissionsBodyUserPermissionsItem": ".update_user_permissions_body_user_permissions_item",
    "UpdateUserPermissionsBodyUserRole": ".update_user_permissions_body_user_role",
    "UpdateVisitBody": ".update_visit_body",
    "UpdateVisitBodyDeletedTransactionIdsItem": ".update_visit_body_deleted_transaction_ids_item",
    "UpdateVisitBodyGoodsTransactionsItem": ".update_visit_body_goods_transactions_item",
    "UpdateVisitBodyNewTransactionsItem": ".update_visit_body_new_transactions_item",
    "UpdateVisitBodyServicesItem": ".update_visit_body_services_item",
    "UploadClientFileBody": ".upload_client_file_body",
    "UploadImageBody": ".upload_image_body",
    "User": ".user",
    "UserPermission": ".user_permission",
    "UserPermissionClients": ".user_permission_clients",
    "UserPermissionComers": ".user_permission_comers",
    "UserPermissionDashboard": ".user_permission_dashboard",
    "UserPermissionFinances": ".user_permission_finances",
    "UserPermissionLoyalty": ".user_permission_loyalty",
    "UserPermissionNotification": ".user_permission_notification",
    "UserPermissionOnlineRecord": ".user_permission_online_record",
    "UserPermissionOther": ".user_permission_other",
    "UserPermissionRecordForm": ".user_permission_record_form",
    "UserPermissionReports": ".user_permission_reports",
    "UserPermissionSecurity": ".user_permission_security",
    "UserPermissionSettings": ".user_permission_settings",
    "UserPermissionStorages": ".user_permission_storages",
    "UserPermissionTimetable": ".user_permission_timetable",
    "Visit": ".visit",
    "VisitRecordsItem": ".visit_records_item",
    "VisitRecordsItemClient": ".visit_records_item_client",
    "VisitRecordsItemStaff": ".visit_records_item_staff",
    "ZReport": ".z_report",
    "ZReportPaids": ".z_report_paids",
    "ZReportPaidsAccountsItem": ".z_report_paids_accounts_item",
    "ZReportPaidsDiscountItem": ".z_report_paids_discount_item",
    "ZReportPaidsTotal": ".z_report_paids_total",
    "ZReportStats": ".z_report_stats",
    "ZReportZData": ".z_report_z_data",
    "ZReportZData1481101200Item": ".z_report_z_data_1481101200_item",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(list(globals()) + list(_MODULE_OF))


__all__ = (
    "Abonement",
    "AbonementBalanceContainer",
    "AbonementStatus",
    "AbonementType",
    "AbonementTypeAvailabilityItem",
    "AbonementTypeBalanceContainer",
    "AbonementTypeBalanceContainerLinksItem",
    "AbonementTypeCategoryType0",
    "AbonementTypeField",
    "AbonementTypeFieldBalanceContainer",
    "Account",
    "Activity",
    "ActivityDurationDetails",
    "ActivityLabelsItem",
    "ActivityResourceInstancesItem",
    "ActivityService",
    "ActivityServiceCategory",
    "ActivityStaff",
    "ActivityStaffPosition",
    "ApplyCardWithdrawal",
    "ApplyCardWithdrawalItemsItem",
    "ApplyCardWithdrawalKkmTransactionDetailsContainer",
    "ApplyCardWithdrawalKkmTransactionDetailsContainerTransactionsItem",
    "ApplyCardWithdrawalLoyaltyTransactionsItem",
    "ApplyCardWithdrawalLoyaltyTransactionsItemType",
    "ApplyCardWithdrawalPaymentTransactionsItem",
    "ApplyDiscountProgram",
    "ApplyDiscountProgramItemsItem",
    "ApplyDiscountProgramKkmTransactionDetailsContainer",
    "ApplyDiscountProgramKkmTransactionDetailsContainerTransactionsItem",
    "ApplyDiscountProgramLoyaltyTransactionsItem",
    "ApplyDiscountProgramLoyaltyTransactionsItemType",
    "ApplyDiscountProgramPaymentTransactionsItem",
    "ApplyDiscountPromotionBody",
    "ApplyLoyaltyCardDeductionBody",
    "ApplyReferralProgram",
    "ApplyReferralProgramBody",
    "ApplyReferralProgramItemsItem",
    "ApplyReferralProgramKkmTransactionDetailsContainer",
    "ApplyReferralProgramKkmTransactionDetailsContainerTransactionsItem",
    "ApplyReferralProgramLoyaltyTransactionsItem",
    "ApplyReferralProgramLoyaltyTransactionsItemType",
    "ApplyReferralProgramPaymentTransactionsItem",
    "AssignServiceToTeamMemberBody",
    "Attendance",
    "AttendanceAttendance",
    "AttendanceRecordsType0",
    "AttendanceRecordsType0AdditionalProperty",
    "Auth",
    "AuthorizeUserBody",
    "BookingForm",
    "BookingFormHeaderImagesType0",
    "BulkCreateClientsBody",
    "BulkCreateClientsBodyCategories",
    "Calculation",
    "CalculationCurrency",
    "CalculationStaff",
    "CalculationStaffCurrency",
    "CalculationStaffTotalSum",
    "CalculationTotalSum",
    "CancelCardWithdrawal",
    "CancelCardWithdrawalItemsItem",
    "CancelCardWithdrawalKkmTransactionDetailsContainer",
    "CancelCardWithdrawalKkmTransactionDetailsContainerTransactionsItem",
    "CancelCardWithdrawalLoyaltyTransactionsItem",
    "CancelCardWithdrawalPaymentTransactionsItem",
    "CancelDiscountProgram",
    "CancelDiscountProgramItemsItem",
    "CancelDiscountProgramKkmTransactionDetailsContainer",
    "CancelDiscountProgramKkmTransactionDetailsContainerTransactionsItem",
    "CancelDiscountProgramLoyaltyTransactionsItem",
    "CancelDiscountProgramPaymentTransactionsItem",
    "CancelDiscountPromotionBody",
    "CancelLoyaltyCardWithdrawalBody",
    "Card",
    "CardProgramsItem",
    "CardProgramsItemLoyaltyType",
    "CardSalonGroup",
    "CardType",
    "CardTypeClient",
    "CardTypeClientSalonGroup",
    "CardTypeField",
    "CategoryNode",
    "CategoryNodeChildrenItem",
    "Certificate",
    "CertificateStatus",
    "CertificateType",
    "CertificateTypeField",
    "CertificateTypeFieldItemType",
    "CertificateTypeItemType",
    "ChainLoyaltyCertificateTypesCreateBody",
    "ChainLoyaltyCertificateTypesCreateBodyBalanceEditTypeId",
    "ChainLoyaltyCertificateTypesCreateBodyExpiration",
    "ChainLoyaltyCertificateTypesCreateBodyExpirationTimeoutUnitId",
    "ChainLoyaltyCertificateTypesCreateBodyExpirationTypeId",
    "ChainLoyaltyCertificateTypesCreateBodyItemTypeId",
    "ChainLoyaltyCertificateTypesCreateBodyOnlineSale",
    "ChainLoyaltyCertificateTypesUpdateBody",
    "ChainLoyaltyCertificateTypesUpdateBodyBalanceEditTypeId",
    "ChainLoyaltyCertificateTypesUpdateBodyExpiration",
    "ChainLoyaltyCertificateTypesUpdateBodyExpirationTimeoutUnitId",
    "ChainLoyaltyCertificateTypesUpdateBodyExpirationTypeId",
    "ChainLoyaltyCertificateTypesUpdateBodyItemTypeId",
    "ChainLoyaltyCertificateTypesUpdateBodyOnlineSale",
    "ChainLoyaltyMembershipsFreezeBody",
    "ChainLoyaltyMembershipsSetBalanceBody",
    "ChainLoyaltyMembershipsSetBalanceBodyServicesBalanceCountItem",
    "ChainLoyaltyMembershipsSetPeriodBody",
    "ChainLoyaltyMembershipsSetPeriodBodyPeriodUnitId",
    "ChainLoyaltyMembershipsUnfreezeBody",
    "ChainLoyaltyMembershipTypesArchiveBody",
    "ChainLoyaltyMembershipTypesCloneBody",
    "ChainLoyaltyMembershipTypesCreateBody",
    "ChainLoyaltyMembershipTypesCreateBodyAutoactivationTimeUnitId",
    "ChainLoyaltyMembershipTypesCreateBodyAvailabilityItem",
    "ChainLoyaltyMembershipTypesCreateBodyBalanceEditTypeId",
    "ChainLoyaltyMembershipTypesCreateBodyExpirationTypeId",
    "ChainLoyaltyMembershipTypesCreateBodyFreezeLimitUnitId",
    "ChainLoyaltyMembershipTypesCreateBodyPeriodUnitId",
    "ChainLoyaltyMembershipTypesCreateBodyServiceCategories",
    "ChainLoyaltyMembershipTypesCreateBodyServices",
    "ChainLoyaltyMembershipTypesRestoreBody",
    "ChainLoyaltyMembershipTypesUpdateBody",
    "ChainLoyaltyMembershipTypesUpdateBodyAutoactivationTimeUnitId",
    "ChainLoyaltyMembershipTypesUpdateBodyAvailabilityItem",
    "ChainLoyaltyMembershipTypesUpdateBodyBalanceEditTypeId",
    "ChainLoyaltyMembershipTypesUpdateBodyExpirationTypeId",
    "ChainLoyaltyMembershipTypesUpdateBodyFreezeLimitUnitId",
    "ChainLoyaltyMembershipTypesUpdateBodyPeriodUnitId",
    "CheckMembershipsForEventAbonement",
    "CheckMembershipsForEventAbonementDataType0",
    "CheckMembershipsForEventAbonementDataType0Attributes",
    "CheckMembershipsForEventAbonementDataType1Item",
    "CheckMembershipsForEventAbonementDataType1ItemAttributes",
    "CheckMembershipsForEventAbonementDataType1ItemRelationships",
    "CheckMembershipsForEventAbonementIncludedItem",
    "Client",
    "ClientCategoriesItem",
    "ClientComment",
    "ClientCommentFilesItem",
    "ClientCommentType",
    "ClientCommentUserType0",
    "ClientCustomFields",
    "ClientSchedule",
    "ClientScheduleDaysItem",
    "ClientScheduleDaysItemEventsMaster",
    "ClientVisit",
    "ClientVisitGoodsTransactionsItem",
    "ClientVisitGoodsTransactionsItemCompany",
    "ClientVisitGoodsTransactionsItemStaff",
    "ClientVisitRecordsItem",
    "ClientVisitRecordsItemComer",
    "ClientVisitRecordsItemCompany",
    "ClientVisitRecordsItemStaff",
    "ClientVisitRecordsItemTips",
    "Comment",
    "Company",
    "CompanyAccess",
    "CompanyBookformsItem",
    "CompanyBookingWidgetPromoType0",
    "CompanyGroups",
    "CompanyGroupsAdditionalProperty",
    "CompanyMainGroupType0",
    "CompanyPaymentPolicy",
    "CompanyPaymentPolicyType",
    "CompanySocial",
    "CompanyUser",
    "CompanyUserAccess",
    "Consumable",
    "ConsumableConsumablesItem",
    "ConsumableTechnologicalCardsItem",
    "CopyUserPermissionsToLocationsBody",
    "CopyUserPermissionsToLocationsBodyUserCompanyLinksItem",
    "CopyUserPermissionsToLocationsResponse200Type0",
    "CreateAppointmentBody",
    "CreateAppointmentBodyClient",
    "CreateAppointmentBodyCustomFields",
    "CreateAppointmentBodyServicesItem",
    "CreateBookingWidgetBody",
    "CreateBookingWidgetBodyButtonPosition",
    "CreateBookingWidgetBodyFormPosition",
    "CreateChainLoyaltyCardTransactionBody",
    "CreateChainLoyaltyProgramBody",
    "CreateChainLoyaltyProgramBodyExpirationTimeoutUnit",
    "CreateChainLoyaltyProgramBodyGoodItemType",
    "CreateChainLoyaltyProgramBodyOnChangedNotificationTemplate",
    "CreateChainLoyaltyProgramBodyOnChangedNotificationTemplateType",
    "CreateChainLoyaltyProgramBodyOnExpirationNotificationTemplate",
    "CreateChainLoyaltyProgramBodyOnExpirationNotificationTemplateType",
    "CreateChainLoyaltyProgramBodyParamsSourceType",
    "CreateChainLoyaltyProgramBodyRulesItem",
    "CreateChainLoyaltyProgramBodyServiceItemType",
    "CreateChainLoyaltyProgramBodyType",
    "CreateChainLoyaltyProgramBodyValueUnit",
    "CreateChainLoyaltyProgramInclude",
    "CreateClientAccountTopupOperationBody",
    "CreateClientBody",
    "CreateClientBodyCategories",
    "CreateClientBodyCustomFields",
    "CreateClientCommentBody",
    "CreateCustomFieldBody",
    "CreateDocumentBody",
    "CreateEventBody",
    "CreateEventDuplicationStrategyBody",
    "CreateEventDuplicationStrategyBodyDaysItem",
    "CreateFinancialTransactionBody",
    "CreateInventoryOperationBody",
    "CreateInventoryOperationBodyGoodsTransactionsItem",
    "CreateLocationBody",
    "CreateLoyaltyCardTransactionBody",
    "CreatePaymentWithLoyaltyMethodsBodyType0",
    "CreatePaymentWithLoyaltyMethodsBodyType0Payment",
    "CreatePaymentWithLoyaltyMethodsBodyType0PaymentMethod",
    "CreatePaymentWithLoyaltyMethodsBodyType1",
    "CreatePaymentWithLoyaltyMethodsBodyType1Payment",
    "CreatePaymentWithLoyaltyMethodsBodyType1PaymentMethod",
    "CreatePaymentWithLoyaltyMethodsBodyType2",
    "CreatePaymentWithLoyaltyMethodsBodyType2Payment",
    "CreatePaymentWithLoyaltyMethodsBodyType2PaymentMethod",
    "CreatePaymentWithLoyaltyMethodsBodyType3",
    "CreatePaymentWithLoyaltyMethodsBodyType3Payment",
    "CreatePaymentWithLoyaltyMethodsBodyType3PaymentMethod",
    "CreatePaymentWithLoyaltyMethodsBodyType4",
    "CreatePaymentWithLoyaltyMethodsBodyType4Payment",
    "CreatePaymentWithLoyaltyMethodsBodyType4PaymentMethod",
    "CreatePaymentWithLoyaltyMethodsBodyType5",
    "CreatePaymentWithLoyaltyMethodsBodyType5Payment",
    "CreatePaymentWithLoyaltyMethodsBodyType5PaymentMethod",
    "CreatePaymentWithLoyaltyMethodsBodyType6",
    "CreatePaymentWithLoyaltyMethodsBodyType6Payment",
    "CreatePaymentWithLoyaltyMethodsBodyType6PaymentMethod",
    "CreatePositionQuickBody",
    "CreateProductBody",
    "CreateProductCategoryBody",
    "CreateServiceBody",
    "CreateServiceBodyStaffItem",
    "CreateServiceCategoryBody",
    "CreateTeamMemberQuickBody",
    "CreateTimetableClientScheduleBody",
    "CreateTimetableEventScheduleBody",
    "CreateTimetableEventScheduleBodyDaysItem",
    "CreateTimetableEventScheduleBodyOriginalEntityType",
    "CreateTimetableEventScheduleIncludeItem",
    "CreateTimetableScheduleDayBody",
    "CreateTimetableScheduleDayBodyDayOfWeek",
    "CreateTimetableScheduleDayIncludeItem",
    "CreateTransactionBody",
    "CreateUserInvitationBody",
    "CreateUserInvitationBodyInvitesItem",
    "CustomField",
    "CustomFieldCustomField",
    "CustomFieldCustomFieldType",
    "Daily",
    "DailyCurrency",
    "DailyPayrollDailyItem",
    "DailyPayrollDailyItemPayrollSum",
    "DailyPeriodCalculationDailyItem",
    "DailyPeriodCalculationDailyItemPeriodCalculation",
    "Day",
    "DayDayOfWeek",
    "DayEventsItem",
    "DayEventsItemEntityMaster",
    "DayEventsLabelsItem",
    "DayEventsMaster",
    "DayEventsMasterPositionType0",
    "DayEventsResourceInstancesItem",
    "DefaultForStaffAndService",
    "DefaultForStaffAndServiceTechnologicalCardItemsItem",
    "DeleteChainLoyaltyProgramInclude",
    "DeleteImageBody",
    "DeleteTimetableClientScheduleResponse204Type0",
    "DeleteTimetableEventScheduleResponse204Type0",
    "DeleteTimetableScheduleDayResponse204Type0",
    "DepositHistory",
    "DepositHistoryDepositTransaction",
    "DepositHistoryDepositTransactionType",
    "DepositsOperation",
    "DepositsOperationDepositsTransactionsItem",
    "DepositsOperationDepositsTransactionsItemDeposit",
    "DepositsOperationDepositsTransactionsItemDepositType",
    "DepositsOperationDocument",
    "DepositsOperationDocumentSalon",
    "DepositsOperationDocumentType",
    "DepositsOperationDocumentUser",
    "DepositsOperationPaymentTransactionsItem",
    "DepositsOperationPaymentTransactionsItemType",
    "DeprecatedCreateTeamMemberBody",
    "DeprecatedUpdateServiceByIdBody",
    "DeprecatedUpdateServiceByIdBodyStaffItem",
    "Detail",
    "DetailItemsItem",
    "DetailKkmTransactionDetailsContainer",
    "DetailKkmTransactionDetailsContainerTransactionsItem",
    "DetailLoyaltyTransactionsItem",
    "DetailLoyaltyTransactionsItemType",
    "DetailPaymentTransactionsItem",
    "DetailPaymentTransactionsItemAccount",
    "DetailPaymentTransactionsItemClient",
    "DetailPaymentTransactionsItemExpense",
    "Document",
    "DocumentCompany",
    "DocumentCompanyPhonesItem",
    "DocumentStorage",
    "DocumentType",
    "DocumentUser",
    "DuplicateEventBody",
    "ErrorMeta",
    "ErrorMetaErrors",
    "ErrorResponse",
    "Event",
    "EventEntityLabelsItem",
    "EventEntityMaster",
    "EventEntityMasterPositionType0",
    "EventEntityResourceInstancesItem",
    "EventEventEntityType",
    "EventEventStatus",
    "File",
    "Filter",
    "FilterCode",
    "FilterDataItem",
    "FinanceTransaction",
    "FinanceTransactionAccount",
    "FinanceTransactionClient",
    "FinanceTransactionExpense",
    "FinanceTransactionMasterType0",
    "FinanceTransactionMasterType1Item",
    "FinanceTransactionSupplierType0Item",
    "FinanceTransactionSupplierType1",
    "FullnessDaily",
    "GenerateCode",
    "GetChainClientByPhoneNumberClient",
    "GetChainClientByPhoneNumberClientClientsItem",
    "GetChainLoyaltyProgramInclude",
    "GetChainLoyaltyTransactionListTransaction",
    "GetChainLoyaltyTransactionListTransactionProgram",
    "GetChainLoyaltyTransactionListTransactionType",
    "GetChainLoyaltyTransactionListTypesItem",
    "GetChainServiceCategoryListInclude",
    "GetClientListBody",
    "GetClientListBodyFieldsItem",
    "GetClientListBodyFiltersItem",
    "GetClientListBodyFiltersItemState",
    "GetClientListBodyOperation",
    "GetClientListBodyOrderBy",
    "GetClientListBodyOrderByDirection",
    "GetClientListClient",
    "GetLocationListIncludeItem",
    "GetLocationLoyaltyProgramListType",
    "GetMessageStatusListBodyItem",
    "GetTagListByEntityEntity",
    "GetTeamMemberPayrollCalculationResponse200Type0",
    "GetTeamMemberPayrollCalculationResponse200Type0Currency",
    "GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItem",
    "GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItemPaidType0",
    "GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItemSalaryCalculationInfo",
    "GetTeamMemberPayrollCalculationResponse200Type0SalaryItemsItemSalaryDiscrepancyType0",
    "GetTeamMemberPayrollCalculationResponse200Type0Status",
    "GetTeamMemberSalaryPeriodResponse200Type0",
    "GetTeamMemberSalaryPeriodResponse200Type0Currency",
    "GetTeamMemberScheduleListIncludeItem",
    "GetTeamMemberScheduleSchedule",
    "GetTeamMemberScheduleScheduleBusyIntervalsItem",
    "GetTeamMemberScheduleScheduleSlotsItem",
    "GetUserRolesIncludeItem",
    "Good",
    "GoodActualAmountsItem",
    "GoodsCategory",
    "GoodsTransaction",
    "GoodsTransactionClientType0Item",
    "GoodsTransactionClientType1",
    "GoodsTransactionGood",
    "GoodsTransactionGoodActualAmountsItem",
    "GoodsTransactionGoodLoyaltyCertificateTypeType0",
    "GoodsTransactionGoodsMarksItem",
    "GoodsTransactionMasterType0Item",
    "GoodsTransactionMasterType1",
    "GoodsTransactionSaleUnitType0",
    "GoodsTransactionServiceUnitType0",
    "GoodsTransactionStorage",
    "GoodsTransactionSupplierItem",
    "GoodsTransactionType",
    "GoodsTransactionUnit",
    "Group",
    "GroupAccess",
    "GroupCompaniesItem",
    "HandleFiscalizationCallbackBody",
    "History",
    "HistoryLoyaltyEntityChangesType0",
    "HistoryOperationType",
    "Image",
    "ImageImageGroup",
    "ImageImageGroupImageGroup",
    "ImageImageGroupImages",
    "Income",
    "IncomeCurrency",
    "IncomeDaily",
    "IncomeIncomeStats",
    "IncomeIncomeStatsByDayItem",
    "IncomeIncomeStatsNew",
    "IncomeIncomeStatsOld",
    "IncomeIncomeStatsTotal",
    "IssueLoyaltyCardBody",
    "KkmTransaction",
    "KkmTransactionCashier",
    "KkmTransactionDocument",
    "KkmTransactionStatus",
    "KkmTransactionType",
    "Label",
    "LeaveCommentBody",
    "License",
    "LicenseLicenseOption",
    "LicenseOptionsItem",
    "ListRolesIncludeItem",
    "LoyaltyAbonement",
    "LoyaltyProgramStaff",
    "LoyaltyProgramStaffClientStats",
    "LoyaltyProgramStaffStaff",
    "LoyaltyProgramVisit",
    "LoyaltyProgramVisitClientStats",
    "LoyaltyProgramVisitClientStatsNew",
    "LoyaltyProgramVisitClientStatsOld",
    "LoyaltyProgramVisitClientStatsTotal",
    "LoyaltyProgramVisitVisitsStatsByDayItem",
    "LoyaltyTransaction",
    "LoyaltyTransactionKkmState",
    "LoyaltyTransactionKkmStateTransactionsItem",
    "LoyaltyTransactionPaymentMethodsItem",
    "LoyaltyTransactionPaymentMethodsItemAccount",
    "LoyaltyTransactionState",
    "LoyaltyTransactionStateItemsItem",
    "LoyaltyTransactionStateLoyaltyTransactionsItem",
    "LoyaltyTransactionStatePaymentTransactionsItem",
    "ManualTransaction",
    "MetaInfo",
    "Multiple",
    "NotificationMessageTemplateProgram",
    "NotificationMessageTemplateProgramMessageType",
    "NotificationMessageTemplateProgramType",
    "NotificationSettingUser",
    "NotificationSettingUserMode",
    "NotificationSettingUserNotificationTypesItem",
    "NotificationSettingUserNotificationTypesItemChannels",
    "NotificationType",
    "NotificationTypeChannels",
    "Online",
    "Operation",
    "OperationDocument",
    "OperationDocumentCompany",
    "OperationDocumentStorage",
    "OperationDocumentType",
    "OperationDocumentUser",
    "OperationTransactionsItem",
    "OperationTransactionsItemGood",
    "OperationTransactionsItemStorage",
    "OperationTransactionsItemType",
    "OperationTransactionsItemUnit",
    "Overall",
    "OverallClientStats",
    "OverallFullnessStats",
    "OverallIncomeAverageServicesStats",
    "OverallIncomeAverageServicesStatsCurrency",
    "OverallIncomeAverageStats",
    "OverallIncomeAverageStatsCurrency",
    "OverallIncomeGoodsStats",
    "OverallIncomeGoodsStatsCurrency",
    "OverallIncomeServicesStats",
    "OverallIncomeServicesStatsCurrency",
    "OverallIncomeTotalStats",
    "OverallIncomeTotalStatsCurrency",
    "OverallRecordStats",
    "PatchServiceBody",
    "PatchServiceBodyStaffItem",
    "Payment",
    "PaymentKkmState",
    "PaymentKkmStateTransactionsItem",
    "PaymentPaymentMethodsItem",
    "PaymentPaymentMethodsItemAccount",
    "PaymentState",
    "PaymentStateItemsItem",
    "PaymentStateLoyaltyTransactionsItem",
    "PaymentStatePaymentTransactionsItem",
    "PaymentTransaction",
    "PaymentTransactionKkmState",
    "PaymentTransactionKkmStateTransactionsItem",
    "PaymentTransactionPaymentMethodsItem",
    "PaymentTransactionPaymentMethodsItemAccount",
    "PaymentTransactionState",
    "PaymentTransactionStateItemsItem",
    "PaymentTransactionStateLoyaltyTransactionsItem",
    "PaymentTransactionStatePaymentTransactionsItem",
    "Permission",
    "PermissionUserPermissionsItem",
    "PermissionUserRole",
    "Position",
    "PositionQuick",
    "PositionQuickServicesBindingType",
    "PrintDocumentBill",
    "PrintDocumentBillBillJsonItem",
    "PrintDocumentBillKkmTransactionsItem",
    "PrintDocumentBillKkmTransactionsItemCashier",
    "PrintDocumentBillKkmTransactionsItemDocument",
    "PrintDocumentBillKkmTransactionsItemStatus",
    "PrintDocumentBillKkmTransactionsItemType",
    "PrintFiscalReceiptBody",
    "Program",
    "ProgramApplicableItemsItem",
    "ProgramCompaniesItem",
    "ProgramExpirationTimeoutUnit",
    "ProgramGoodItemType",
    "ProgramLoyaltyCardTypesItem",
    "ProgramOnChangedNotificationTemplate",
    "ProgramOnChangedNotificationTemplateMessageType",
    "ProgramOnChangedNotificationTemplateType",
    "ProgramOnExpirationNotificationTemplate",
    "ProgramOnExpirationNotificationTemplateMessageType",
    "ProgramOnExpirationNotificationTemplateType",
    "ProgramParamsSourceType",
    "ProgramRulesItem",
    "ProgramServiceItemType",
    "ProgramType",
    "ProgramValueUnit",
    "Quick",
    "QuickPositionType0",
    "Record",
    "RecordClientType0",
    "RecordComerPersonInfoType0",
    "RecordConsumable",
    "RecordConsumableConsumablesItem",
    "RecordConsumableTechnologicalCard",
    "RecordConsumableTechnologicalCardConsumablesItem",
    "RecordConsumableTechnologicalCardsItem",
    "RecordConsumableTechnologicalCardTechnologicalCardsItem",
    "RecordCustomFieldsType0",
    "RecordDocumentsItem",
    "RecordsDaily",
    "RecordServicesItem",
    "RecordSource",
    "RecordStaff",
    "RecordStatus",
    "RemoveServiceFromTeamMemberResponse204Type0",
    "RemoveUserFromLocationsBody",
    "RemoveUserFromLocationsBodyUserCompanyLinksItem",
    "RemoveUserFromLocationsResponse200Type0",
    "Resource",
    "ResourceInstancesItem",
    "Role",
    "RoleSlug",
    "RoleUserPermissionsType0Item",
    "SalaryScheme",
    "SalarySchemeSalaryScheme",
    "SalarySchemesCount",
    "Sale",
    "SaleKkmState",
    "SaleKkmStateTransactionsItem",
    "SalePaymentMethodsItem",
    "SalePaymentMethodsItemAccount",
    "SaleState",
    "SaleStateItemsItem",
    "SaleStateLoyaltyTransactionsItem",
    "SaleStatePaymentTransactionsItem",
    "Salon",
    "SalonSalonGroup",
    "Schedule",
    "ScheduleDaysItem",
    "ScheduleDaysItemEventsMaster",
    "ScheduleOriginalEntityType",
    "ScheduleTeamMemberUpdateDeprecatedBodyItem",
    "ScheduleTeamMemberUpdateDeprecatedBodyItemSlotsItem",
    "Seance",
    "SearchClientVisitsBody",
    "SearchClientVisitsBodyAttendanceType0",
    "SearchClientVisitsBodyPaymentStatusesItem",
    "SearchDatesRange",
    "SearchProductGood",
    "SearchTimetableEventSchedulesByEventEntityType",
    "SearchTimetableEventSchedulesByEventIncludeItem",
    "SendEmailCampaignToFilteredClientsBody",
    "SendEmailNewsletterToClientsBody",
    "SendSmsCampaignToFilteredClientsBody",
    "SendSmsToClientsBody",
    "Service",
    "ServiceCategory",
    "ServiceCategoryField",
    "ServiceCategoryServicesItem",
    "ServiceDatesItem",
    "ServiceImageGroupItem",
    "ServiceResourcesItem",
    "ServiceStaff",
    "ServiceStaffItem",
    "SetBalance",
    "SetBalanceBalanceContainer",
    "SetPeriod",
    "SetTeamMemberScheduleBody",
    "SetTeamMemberScheduleBodySchedulesToDeleteItem",
    "SetTeamMemberScheduleBodySchedulesToSetItem",
    "Setting",
    "SettingStaff",
    "SettingStaffEmployee",
    "SettingStaffPosition",
    "SettingStaffUser",
    "Staff",
    "StaffImageGroupType0",
    "StaffImageGroupType0Images",
    "StaffImageGroupType1Item",
    "StaffPositionType0",
    "StaffUserItem",
    "Storage",
    "StorageTransaction",
    "StorageTransactionClients",
    "StorageTransactionGood",
    "StorageTransactionMaster",
    "StorageTransactionService",
    "StorageTransactionStorage",
    "StorageTransactionSupplier",
    "StorageTransactionUnit",
    "TaxSystem",
    "TaxSystemVatsItem",
    "TechnologicalCard",
    "TechnologicalCardTechnologicalCardItemsItem",
    "Timeslot",
    "TimeslotDatesSettingsItem",
    "TimeslotDatesSettingsItemSetting",
    "TimeslotWeekdaysSettingsItem",
    "TimeslotWeekdaysSettingsItemSetting",
    "Timetable",
    "Transaction",
    "TransactionAccount",
    "TransactionClient",
    "TransactionExpense",
    "TransactionMaster",
    "TransactionSupplier",
    "UnlinkAppointmentServiceAssociationBody",
    "UpdateAppointmentAttendanceBody",
    "UpdateAppointmentAttendanceBodyAttendance",
    "UpdateAppointmentBody",
    "UpdateAppointmentBodyClient",
    "UpdateAppointmentBodyCustomFields",
    "UpdateAppointmentBodyServicesItem",
    "UpdateAppointmentCalendarSettingsBody",
    "UpdateAppointmentServiceConsumablesBody",
    "UpdateAppointmentServiceConsumablesBodyConsumablesItem",
    "UpdateBookingWidgetBody",
    "UpdateBookingWidgetBodyButtonPosition",
    "UpdateBookingWidgetBodyFormPosition",
    "UpdateChainLoyaltyProgramBody",
    "UpdateChainLoyaltyProgramBodyExpirationTimeoutUnit",
    "UpdateChainLoyaltyProgramBodyOnChangedNotificationTemplate",
    "UpdateChainLoyaltyProgramBodyOnChangedNotificationTemplateType",
    "UpdateChainLoyaltyProgramBodyOnExpirationNotificationTemplate",
    "UpdateChainLoyaltyProgramBodyOnExpirationNotificationTemplateType",
    "UpdateChainLoyaltyProgramBodyRulesItem",
    "UpdateChainLoyaltyProgramInclude",
    "UpdateClientBody",
    "UpdateClientBodyCustomFields",
    "UpdateClientBodyLabels",
    "UpdateCustomFieldBody",
    "UpdateDocumentBody",
    "UpdateEventBody",
    "UpdateEventDuplicationStrategyBody",
    "UpdateEventDuplicationStrategyBodyDaysItem",
    "UpdateFinancialTransactionBody",
    "UpdateLocationBody",
    "UpdateLocationBodySocial",
    "UpdateOnlineBookingSettingsBody",
    "UpdateProductBody",
    "UpdateProductBodyCorrectionRulesItem",
    "UpdateProductCategoryBody",
    "UpdateServiceCategoryBody",
    "UpdateServiceLinksBody",
    "UpdateServiceLinksBodyTeamMemberSettingsItem",
    "UpdateServiceLinksBodyTranslationsItem",
    "UpdateServiceLinksResponse200Type0",
    "UpdateServiceTeamMemberAssignmentBody",
    "UpdateTagByTagIdBody",
    "UpdateTeamMemberBody",
    "UpdateTeamMemberScheduleBody",
    "UpdateTeamMemberScheduleBodySlots",
    "UpdateTimetableClientScheduleBody",
    "UpdateTimetableEventScheduleBody",
    "UpdateTimetableScheduleDayBody",
    "UpdateTimetableScheduleDayIncludeItem",
    "UpdateTransactionBody",
    "UpdateUserNotificationSettingsBody",
    "UpdateUserNotificationSettingsBodyNotificationTypesItem",
    "UpdateUserNotificationSettingsBodyNotificationTypesItemChannels",
    "UpdateUserPermissionsBody",
    "UpdateUserPermissionsBodyUserPermissionsItem",
    "UpdateUserPermissionsBodyUserRole",
    "UpdateVisitBody",
    "UpdateVisitBodyDeletedTransactionIdsItem",
    "UpdateVisitBodyGoodsTransactionsItem",
    "UpdateVisitBodyNewTransactionsItem",
    "UpdateVisitBodyServicesItem",
    "UploadClientFileBody",
    "UploadImageBody",
    "User",
    "UserPermission",
    "UserPermissionClients",
    "UserPermissionComers",
    "UserPermissionDashboard",
    "UserPermissionFinances",
    "UserPermissionLoyalty",
    "UserPermissionNotification",
    "UserPermissionOnlineRecord",
    "UserPermissionOther",
    "UserPermissionRecordForm",
    "UserPermissionReports",
    "UserPermissionSecurity",
    "UserPermissionSettings",
    "UserPermissionStorages",
    "UserPermissionTimetable",
    "Visit",
    "VisitRecordsItem",
    "VisitRecordsItemClient",
    "VisitRecordsItemStaff",
    "ZReport",
    "ZReportPaids",
    "ZReportPaidsAccountsItem",
    "ZReportPaidsDiscountItem",
    "ZReportPaidsTotal",
    "ZReportStats",
    "ZReportZData",
    "ZReportZData1481101200Item",
)
